package actor

import (
	"sort"
	"unicode"

	"github.com/annals-org/annals/text"
)

// Place is a place the article names, as the place stage resolved it. The actor stage reads
// places as evidence of whose story it is; it takes them as input because the place stage
// itself needs the actor mentions first (package place imports this one).
type Place struct {
	Sentence    int
	Tok, TokEnd int    // token indices [Tok, TokEnd)
	Country     string // ISO alpha-3 of the country the place lies in
	State       bool   // the place is a country itself ("Bolivia"), not a town or region of one
}

// Focus is the article's country evidence: each country's share of the countries its actors,
// places and dateline name.
type Focus struct {
	Share    map[string]float64
	Top      string // the country with the largest share, or "" when two share it
	Dateline string // the country of the dateline ("JAKARTA (Reuters) -"), or ""
}

// Evidence weights. A dateline says where the reporter stands and so, nearly always, whose
// police and government the story means: it counts as three mentions.
const (
	datelineWeight = 3
	// dominant is the share from which the focus country alone gives a bare role its country:
	// below it the article is about several countries and "the ministry" could be any one's.
	dominant = 0.6
)

// ArticleFocus weighs the countries of an article as the place stage's own focus does: a
// country named as a place ("in Bolivia", "fled to Chile") counts twice, since it says where
// the story is; another resolved place, and an actor mention with a country that is no place
// ("Chile said", "Chilean police", "Trump"), counts once; the dateline's country counts
// datelineWeight.
func ArticleFocus(doc *text.Doc, ms []Mention, places []Place) Focus {
	f := Focus{Share: map[string]float64{}, Dateline: dateline(doc, ms, places)}
	placeAt := make(map[int]string, len(places))
	for _, p := range places {
		if p.Country == "" {
			continue
		}
		placeAt[p.Tok] = p.Country
		f.Share[p.Country]++
		if p.State {
			f.Share[p.Country]++
		}
	}
	for _, m := range ms {
		if m.Country != "" && placeAt[m.Tok] != m.Country && !m.Shared { // "Congress" is no evidence whose story it is
			f.Share[m.Country]++
		}
	}
	if f.Dateline != "" {
		f.Share[f.Dateline] += datelineWeight
	}
	keys := make([]string, 0, len(f.Share))
	for k := range f.Share {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a fixed order, so that float sums and ties come out the same each run
	total := 0.0
	for _, k := range keys {
		total += f.Share[k]
	}
	best, tied := "", false
	for _, k := range keys {
		f.Share[k] /= total
		switch {
		case best == "" || f.Share[k] > f.Share[best]:
			best, tied = k, false
		case f.Share[k] == f.Share[best]:
			tied = true
		}
	}
	if tied {
		// Two countries level at the top: in an article, the one its headline names first
		// leads, as the story is told from it ("India rejects ..." over the US it answers);
		// a note or a lone sentence has no headline, and neither leads.
		level := f.Share[best]
		best = ""
		if len(doc.Sentences) >= headlinedArticle {
			best = headlineCountry(ms, places, f.Share, level)
		}
	}
	f.Top = best
	return f
}

// headlinedArticle is the least number of sentences of a text read as a headline and a body.
const headlinedArticle = 4

// headlineCountry returns the country with the given share that the first sentence names
// first, in an actor mention or a place, or "" when it names none.
func headlineCountry(ms []Mention, places []Place, share map[string]float64, level float64) string {
	best, bestTok := "", 0
	consider := func(c string, sentence, tok int) {
		if c != "" && sentence == 0 && share[c] == level && (best == "" || tok < bestTok) {
			best, bestTok = c, tok
		}
	}
	for _, m := range ms {
		if !m.Shared {
			consider(m.Country, m.Sentence, m.Tok)
		}
	}
	for _, p := range places {
		consider(p.Country, p.Sentence, p.Tok)
	}
	return best
}

// Dominant returns the focus country when it holds at least the dominant share, else "".
func (f Focus) Dominant() string {
	if f.Top != "" && f.Share[f.Top] >= dominant {
		return f.Top
	}
	return ""
}

// datelineSentences is how many sentences from the top a dateline may open: the headline
// and a standfirst may come first.
const datelineSentences = 4

// dateline returns the country of the dateline that opens one of the first sentences: words
// in capitals ("WASHINGTON", "KHAN YOUNIS, GAZA") before an agency in brackets or a dash,
// whose country an actor or a place mention among them gives.
func dateline(doc *text.Doc, ms []Mention, places []Place) string {
	for si := 0; si < len(doc.Sentences) && si < datelineSentences; si++ {
		s := &doc.Sentences[si]
		end := datelineEnd(s)
		if end < 0 {
			continue
		}
		for _, p := range places {
			if p.Sentence == si && p.TokEnd <= end && p.Country != "" {
				return p.Country
			}
		}
		for _, m := range ms {
			if m.Sentence == si && m.TokEnd <= end && m.Country != "" {
				return m.Country
			}
		}
	}
	return ""
}

// datelineEnd returns the token index where the dateline of sentence s ends (the bracket,
// dash or colon after it: see text.DatelineOf), or -1 when s opens with none.
func datelineEnd(s *text.Sentence) int {
	if d, ok := text.DatelineOf(s); ok {
		return d.End
	}
	return -1
}

// upper reports whether a word has letters and all of them are capitals.
func upper(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0
}

// Points a country earns as the country of a bare role mention ("police", "the ministry",
// "lawmakers"); see Situate.
const (
	beforePoints   = 2       // named earlier in the same sentence
	afterPoints    = 1       // named later in the same sentence
	previousPoints = 1       // named in the sentence before
	dominantPoints = 2       // the article's dominant focus country
	topPoints      = 1       // the article's top country, short of dominant
	needPoints     = 2       // the least a country needs to be taken
	sameSentence   = 1 << 30 // orders a mention in the sentence before after those of the role's own
	leadPoints     = 1       // by how much it must lead the next country
)

// Situate gives each bare role mention (a role word or a titled person with no country:
// "police said", "the government", "protesters", "Mayor Ann Fulton") the country the article
// determines for it, and reports how many it situated. A country earns points from the states
// named around the mention (the same sentence counts more than the sentence before, and a
// state named before the mention, the usual place of "in Kenya, police ...", more than one
// named after it, which is more often the object: "police arrested two Afghans") and from the
// article's focus; the country with at least needPoints that leads every other by leadPoints
// is taken. So the dominant focus country alone is enough, a state named just before the
// mention is enough, and where the sentence names one state and the article is about another,
// nothing is decided. A place in the role's own phrase ("people in northern Gaza") decides
// alone. Transnational roles (IGO, NGO, IMG, MNC) take no country.
func Situate(doc *text.Doc, ms []Mention, places []Place, f Focus) int {
	// Evidence is read from the mentions as the finder left them: a role situated here is
	// no evidence for the next one.
	evidence := make([]Mention, len(ms))
	copy(evidence, ms)
	n := 0
	for i := range ms {
		m := &ms[i]
		if m.Country != "" || m.Both || m.Code == "" || !situated(m.Role) {
			continue
		}
		c := placedAt(doc, m, evidence, places)
		if c == "" {
			c = pick(doc, m, evidence, places, f)
		}
		if c != "" {
			m.setCountry(c)
			n++
		}
	}
	if home := f.home(); home != "" {
		for i := range ms {
			if m := &ms[i]; m.Shared && m.Country != "" && m.Country != home && !namedNear(m, evidence, places) {
				// "Congress" in a story from Lima is Peru's: the article's country
				// owns an institution's shared name unless the sentence names the default's.
				m.setCountry(home)
				n++
			}
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		if speaksFor(doc.Tokens, &evidence[i], &evidence[i+1]) {
			// "a spokesman for the opposition party", "the spokeswoman of the army": the
			// body's voice, with the body's code as situated. Read here, not by Find, so that
			// the article's focus counts the body once.
			ms[i].Code, ms[i].Country, ms[i].Role = ms[i+1].Code, ms[i+1].Country, ms[i+1].Role
		}
	}
	return n
}

// home returns the article's own country: its dateline's, else its dominant country.
func (f Focus) home() string {
	if f.Dateline != "" {
		return f.Dateline
	}
	return f.Dominant()
}

// namedNear reports whether the sentence of m names m's own country in another mention or a
// place: "the US Congress and Peru's" keeps "Congress" American.
func namedNear(m *Mention, evidence []Mention, places []Place) bool {
	for _, e := range evidence {
		if e.Sentence == m.Sentence && e.Tok != m.Tok && !e.Shared && e.Country == m.Country {
			return true
		}
	}
	for _, p := range places {
		if p.Sentence == m.Sentence && p.Country == m.Country {
			return true
		}
	}
	return false
}

// placedAt returns the country of the place or state that the role's own phrase puts it in:
// "people in northern Gaza", "residents of Port Sudan", "protesters in Linden, New Jersey",
// "leaders of Romania's new government". Find reads the same after a country name; this
// reads it after any place the place stage resolved and any actor with a country.
func placedAt(doc *text.Doc, m *Mention, evidence []Mention, places []Place) string {
	if m.TokEnd >= len(doc.Tokens) {
		return ""
	}
	if doc.Tokens[m.TokEnd].Lower == "for" {
		// "a spokesperson for the British Foreign Office", "lawyers for the Kenyan
		// government": who one speaks or acts for is whose one is; a country word alone
		// after "for" is more often a cause ("rallied for Palestinian rights").
		for _, e := range evidence {
			if e.Sentence == m.Sentence && e.Country != "" && e.Role != "" && ownPhrase(doc, m, e.Tok) {
				return e.Country
			}
		}
		return ""
	}
	if !placePrepositions[doc.Tokens[m.TokEnd].Lower] {
		return ""
	}
	for _, p := range places {
		if p.Sentence == m.Sentence && p.Country != "" && ownPhrase(doc, m, p.Tok) {
			return p.Country
		}
	}
	for _, e := range evidence {
		if e.Sentence == m.Sentence && e.Country != "" && ownPhrase(doc, m, e.Tok) {
			return e.Country
		}
	}
	return ""
}

// ownPhrase reports whether token tok opens the noun phrase of the preposition right after
// mention m: at most a determiner and adjectives between ("in the northern ...");
// "protesters in their thousands in Linden" puts Linden in no phrase of the protesters.
func ownPhrase(doc *text.Doc, m *Mention, tok int) bool {
	if gap := tok - m.TokEnd; gap < 1 || gap > 3 {
		return false
	}
	for k := m.TokEnd + 1; k < tok; k++ {
		if t := &doc.Tokens[k]; t.Tag != "DT" && !t.Tag.IsAdj() {
			return false
		}
	}
	return true
}

// firstNamed returns the country among those with the given points that is named first
// before m in m's sentence, else first in the sentence before, or "" when none is or when it
// is named joined to another of them ("Kenya and Uganda").
func firstNamed(doc *text.Doc, m *Mention, evidence []Mention, places []Place, points map[string]int, level int) string {
	best, bestAt, from := "", 0, -1
	consider := func(c string, sentence, tok, end, i int) {
		if c == "" || points[c] != level {
			return
		}
		at := 0
		switch {
		case sentence == m.Sentence && end <= m.Tok:
			at = tok + 1
		case sentence == m.Sentence-1:
			at = sameSentence + tok + 1 // after any named in m's own sentence
		default:
			return
		}
		if best == "" || at < bestAt {
			best, bestAt, from = c, at, i
		}
	}
	for i := range evidence {
		e := &evidence[i]
		consider(e.Country, e.Sentence, e.Tok, e.TokEnd, i)
	}
	for _, p := range places {
		consider(p.Country, p.Sentence, p.Tok, p.TokEnd, -1)
	}
	if from >= 0 && coordinatedWith(doc, &evidence[from], evidence, points, level) {
		return "" // "Kenyan and Ugandan soldiers attacked the rebels": the rebels are neither's
	}
	return best
}

// coordinatedWith reports whether mention e is joined by "and", "or" or a comma to a mention
// of another country with the given points: "Kenya and Uganda", "Kenyan and Ugandan".
func coordinatedWith(doc *text.Doc, e *Mention, evidence []Mention, points map[string]int, level int) bool {
	for i := range evidence {
		o := &evidence[i]
		if o.Sentence != e.Sentence || o.Country == e.Country || o.Country == "" || points[o.Country] != level {
			continue
		}
		a, b := e, o
		if b.Tok < a.Tok {
			a, b = b, a
		}
		joined := b.Tok > a.TokEnd && b.Tok-a.TokEnd <= 2
		for k := a.TokEnd; joined && k < b.Tok; k++ {
			w := doc.Tokens[k].Lower
			joined = w == "and" || w == "or" || w == ","
		}
		if joined {
			return true
		}
	}
	return false
}

// situated reports whether a role belongs to one country: everything but the roles of
// transnational bodies.
func situated(role string) bool {
	switch role {
	case "", "IGO", "NGO", "IMG", "MNC":
		return false
	}
	return true
}

// pick returns the country the evidence around m and the focus give it, or "".
func pick(doc *text.Doc, m *Mention, evidence []Mention, places []Place, f Focus) string {
	points := map[string]int{}
	add := func(c string, sentence, tok, end int) {
		var p int
		switch {
		case c == "":
			return
		case sentence == m.Sentence && end <= m.Tok:
			p = beforePoints
		case sentence == m.Sentence && tok >= m.TokEnd:
			p = afterPoints
		case sentence == m.Sentence-1:
			p = previousPoints
		default:
			return
		}
		points[c] = max(points[c], p)
	}
	for _, e := range evidence {
		add(e.Country, e.Sentence, e.Tok, e.TokEnd)
	}
	for _, p := range places {
		add(p.Country, p.Sentence, p.Tok, p.TokEnd)
	}
	if c := f.Dominant(); c != "" {
		points[c] += dominantPoints
	} else if f.Top != "" {
		points[f.Top] += topPoints
	}
	best, second := "", 0
	for c, p := range points {
		switch {
		case best == "" || p > points[best]:
			second = max(second, points[best]) // points[""] is 0
			best = c
		default:
			second = max(second, p) // a tie leaves a lead of 0: nothing is taken
		}
	}
	if best != "" && len(points) == 1 && best == f.Top {
		// No state is named around the role: the article's leading country is the one it
		// means ("the foreign ministry said" in a story mostly about India and the US).
		return best
	}
	if best != "" && points[best] >= needPoints && points[best] == second {
		// Two countries level: the one named first before the role in its sentence (else
		// in the sentence before), most often the subject, whose officials and ministry
		// the rest of it reports ("Kenya opened an embassy in Kampala, the foreign
		// ministry said"); none named before it: neither.
		return firstNamed(doc, m, evidence, places, points, second)
	}
	if best == "" || points[best] < needPoints || points[best]-second < leadPoints {
		return ""
	}
	return best
}
