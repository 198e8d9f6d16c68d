package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// regionAbbreviations are the abbreviations news write for the first-level regions of the
// United States, Canada and Australia: AP style ("Wash.", "Tenn.", "B.C.") and postal codes
// ("WA", "KY"), as written without their final point; and "J&K", as Indian news write Jammu and
// Kashmir. Each maps to the region's ISO country and name. Source: the AP Stylebook's state
// abbreviations and the postal codes of USPS, Canada Post and Australia Post (public
// conventions).
var regionAbbreviations = func() map[string][2]string {
	const table = `USA Alabama Ala AL|USA Alaska AK|USA Arizona Ariz AZ|USA Arkansas Ark AR|USA California Calif Cal CA|` +
		`USA Colorado Colo CO|USA Connecticut Conn CT|USA Delaware Del DE|USA Florida Fla FL|USA Georgia Ga GA|USA Hawaii HI|` +
		`USA Idaho ID|USA Illinois Ill IL|USA Indiana Ind IN|USA Iowa IA|USA Kansas Kan Kans KS|USA Kentucky Ky KY|` +
		`USA Louisiana La LA|USA Maine ME|USA Maryland Md MD|USA Massachusetts Mass MA|USA Michigan Mich MI|` +
		`USA Minnesota Minn MN|USA Mississippi Miss MS|USA Missouri Mo MO|USA Montana Mont MT|USA Nebraska Neb Nebr NE|` +
		`USA Nevada Nev NV|USA New_Hampshire N.H NH|USA New_Jersey N.J NJ|USA New_Mexico N.M NM|USA New_York N.Y NY|` +
		`USA North_Carolina N.C NC|USA North_Dakota N.D ND|USA Ohio OH|USA Oklahoma Okla OK|USA Oregon Ore Oreg OR|` +
		`USA Pennsylvania Pa Penn PA|USA Rhode_Island R.I RI|USA South_Carolina S.C SC|USA South_Dakota S.D SD|` +
		`USA Tennessee Tenn TN|USA Texas Tex TX|USA Utah UT|USA Vermont Vt VT|USA Virginia Va VA|USA Washington Wash WA|` +
		`USA West_Virginia W.Va WV|USA Wisconsin Wis Wisc WI|USA Wyoming Wyo WY|USA District_of_Columbia D.C DC|` +
		`CAN Alberta Alta AB|CAN British_Columbia B.C BC|CAN Manitoba Man MB|CAN New_Brunswick N.B NB|` +
		`CAN Newfoundland_and_Labrador Nfld NL|CAN Nova_Scotia N.S NS|CAN Ontario Ont ON|CAN Prince_Edward_Island P.E.I PE|` +
		`CAN Quebec Que QC|CAN Saskatchewan Sask SK|AUS New_South_Wales NSW|AUS Queensland Qld QLD|AUS Victoria Vic|AUS Tasmania Tas|` +
		`IND Jammu_and_Kashmir J&K`
	out := make(map[string][2]string)
	for _, row := range strings.Split(table, "|") {
		f := strings.Fields(row)
		for _, a := range f[2:] {
			out[a] = [2]string{f[0], strings.ReplaceAll(f[1], "_", " ")}
		}
	}
	return out
}()

// longestRegionAbbreviation is the length in bytes of the longest key of regionAbbreviations.
var longestRegionAbbreviation = func() int {
	n := 0
	for a := range regionAbbreviations {
		n = max(n, len(a))
	}
	return n
}()

// anywhere are the abbreviations that name their region wherever they stand, capitalised:
// those with inner points ("In B.C., snow fell") and NSW. The others, short words and postal
// codes that are also words ("Ill.", "Miss.", "OR", "IN"), need a place and a comma before
// them ("Nashville, Tenn.", "SPOKANE, Wash."), or a preposition of place before them and
// their point ("officials in Tenn. said").
func anywhere(a string) bool { return strings.ContainsAny(a, ".&") || a == "NSW" }

// abbreviation returns the end (past a final point written against it) and the region of an
// abbreviation at token i, or 0 and nil.
func (r *Resolver) abbreviation(doc *text.Doc, s *text.Sentence, i int) (int, *gazetteer.Place) {
	t := &doc.Tokens[i]
	if !t.Cap { // before the map: most tokens are lower-case
		return 0, nil
	}
	w := strings.TrimSuffix(t.Text, ".")
	if len(w) > longestRegionAbbreviation { // most capitalised words: spare them the map
		return 0, nil
	}
	reg, ok := regionAbbreviations[w]
	if !ok {
		return 0, nil
	}
	afterPlace := i-2 >= s.First && doc.Tokens[i-1].Text == "," && doc.Tokens[i-2].Cap && doc.Tokens[i-2].Kind == text.Word
	if !anywhere(w) && !afterPlace && !r.pointedAfterPreposition(doc, s, i) {
		return 0, nil
	}
	p := r.gaz.Admin1(reg[0], reg[1])
	if p == nil {
		return 0, nil
	}
	end := i + 1
	if end < len(doc.Tokens) && doc.Tokens[end].Text == "." && doc.Tokens[end].Start == t.End && !strings.HasSuffix(t.Text, ".") {
		end++
	} else if !strings.HasSuffix(t.Text, ".") && strings.ToUpper(w) != w && end < s.First+len(s.Tokens) && doc.Tokens[end].Cap && doc.Tokens[end].Kind == text.Word {
		return 0, nil // a short word written without its point before a capitalised word begins a longer name: "Trujillo, La Libertad"
	}
	return end, p
}

// pointedAfterPreposition reports whether the abbreviation at token i, written with its point
// and after a preposition of place (or listed after such an abbreviation), stands alone:
// "officials in Tenn. said", not "in Miss. Lee's class", where a name follows.
func (r *Resolver) pointedAfterPreposition(doc *text.Doc, s *text.Sentence, i int) bool {
	if i == s.First || !locativePrepositions[doc.Tokens[i-1].Lower] && !listedAfterAbbreviation(doc, s, i) {
		return false
	}
	t, next := &doc.Tokens[i], i+1
	if !strings.HasSuffix(t.Text, ".") {
		if next >= len(doc.Tokens) || doc.Tokens[next].Text != "." || doc.Tokens[next].Start != t.End {
			return false
		}
		next++
	}
	return next >= len(doc.Tokens) || !(doc.Tokens[next].Cap && doc.Tokens[next].Kind == text.Word)
}

// listedAfterAbbreviation reports whether the token at i follows "and", "or" or a comma after
// a region's abbreviation written with its point: "in Tenn. and Ore.".
func listedAfterAbbreviation(doc *text.Doc, s *text.Sentence, i int) bool {
	switch doc.Tokens[i-1].Lower {
	case "and", "or", ",":
	default:
		return false
	}
	j := i - 2
	if j > s.First && doc.Tokens[j].Text == "." {
		j--
	}
	if j <= s.First {
		return false
	}
	_, ok := regionAbbreviations[strings.TrimSuffix(doc.Tokens[j].Text, ".")]
	return ok && (locativePrepositions[doc.Tokens[j-1].Lower] || listedAfterAbbreviation(doc, s, j))
}

// special finds the mentions that the general match misses for their form: a region's
// abbreviation ("Nashville, Tenn.", "in B.C.") and a dateline in capitals at the start of a
// line ("SPOKANE, Wash. —", "WASHINGTON (AP) —"), whose words read as initials elsewhere. It
// appends the mention found to out and returns its end token, or returns 0: asked at every
// capital, it returns no Mention by value to be copied and mostly thrown away.
func (r *Resolver) special(doc *text.Doc, s *text.Sentence, si, i int, out *[]Mention) int {
	t := &doc.Tokens[i]
	if end, p := r.abbreviation(doc, s, i); p != nil {
		m := Mention{Tok: i, TokEnd: end, Start: t.Start, End: doc.Tokens[end-1].End, Sentence: si, Kind: KindPlace,
			Candidates: []*gazetteer.Place{p}}
		m.Text = doc.Text[m.Start:m.End]
		*out = append(*out, m)
		return end
	}
	if !lineStart(doc, i) {
		return 0
	}
	if !acronymWord(t.Text) {
		return r.mixedCaseDateline(doc, s, si, i, out)
	}
	end := s.First + len(s.Tokens)
	k := i
	for k < end && k < i+4 && acronymWord(doc.Tokens[k].Text) {
		k++
	}
	if k >= end {
		return 0
	}
	next := &doc.Tokens[k]
	marked := datelineMark(next.Text)
	if !marked && !(next.Cap && next.Kind == text.Word) {
		return 0
	}
	return r.datelineMention(doc, s, si, i, k, marked, out)
}

// datelineMention appends to out the dateline mention of the place words [i, k), at most four,
// when the gazetteer knows them whole and datelinePlace takes them (marked: a mark of a
// dateline follows), and returns k; else it returns 0.
func (r *Resolver) datelineMention(doc *text.Doc, s *text.Sentence, si, i, k int, marked bool, out *[]Mention) int {
	var buf [4]string
	words := buf[:0]
	for j := i; j < k; j++ {
		words = append(words, doc.Tokens[j].Text)
	}
	n, cands := r.gaz.LookupTokens(words)
	if n != k-i || len(cands) == 0 || !r.datelinePlace(doc, s, i, k, cands[0], marked) {
		return 0
	}
	m := Mention{Tok: i, TokEnd: k, Start: doc.Tokens[i].Start, End: doc.Tokens[k-1].End, Sentence: si, Kind: KindDateline, Candidates: cands}
	m.Text = doc.Text[m.Start:m.End]
	*out = append(*out, m)
	return k
}

// mixedCaseDateline finds the place of a dateline written in mixed case, a town and its
// region or country before the agency or dash ("Kabul, Afghanistan (CNN) —"; see
// text.DatelineOf): the town is the mention, its region follows as one (datelineRegions). As
// special, it appends the mention to out and returns its end token, or returns 0.
func (r *Resolver) mixedCaseDateline(doc *text.Doc, s *text.Sentence, si, i int, out *[]Mention) int {
	if i != s.First {
		return 0
	}
	d, ok := text.DatelineOf(s)
	if !ok || d.Place[0] != i {
		return 0
	}
	k := i
	for k < d.Place[1] && doc.Tokens[k].Text != "," {
		k++
	}
	if k == i || k == d.Place[1] || k-i > 4 {
		return 0
	}
	return r.datelineMention(doc, s, si, i, k, true, out)
}

// countyAbbreviation finds a county named with "Co." for County ("Sioux Co., Iowa", "PLYMOUTH
// CO. -"): one to three capitalised words, then the abbreviation, that the gazetteer knows
// with "County" as a second-level region.
func (r *Resolver) countyAbbreviation(doc *text.Doc, s *text.Sentence, si, i int) (Mention, bool) {
	end := s.First + len(s.Tokens)
	if !doc.Tokens[i].Cap || doc.Tokens[i].Kind != text.Word {
		return Mention{}, false
	}
	var buf [4]string
	words := buf[:0]
	k := i
	for ; k < end && k < i+3 && doc.Tokens[k].Cap && doc.Tokens[k].Kind == text.Word && !strings.EqualFold(doc.Tokens[k].Text, "co."); k++ {
		words = append(words, doc.Tokens[k].Text)
	}
	if k >= end || len(words) == 0 {
		return Mention{}, false
	}
	stop := k + 1 // after "Co."
	switch w := doc.Tokens[k].Text; {
	case strings.EqualFold(w, "co."):
	case strings.EqualFold(w, "co") && k+1 < len(doc.Tokens) && doc.Tokens[k+1].Text == "." && doc.Tokens[k+1].Start == doc.Tokens[k].End:
		stop = min(k+2, end) // the point may end the sentence: "in Plymouth Co. on Friday"
	default:
		return Mention{}, false
	}
	words = append(words, "County")
	n, cands := r.gaz.LookupTokens(words)
	if n != len(words) || len(cands) == 0 || cands[0].Feature != "ADM2" {
		return Mention{}, false
	}
	m := Mention{Tok: i, TokEnd: stop, Start: doc.Tokens[i].Start, End: doc.Tokens[k].End, Sentence: si, Kind: KindPlace, Candidates: cands}
	m.Text = doc.Text[m.Start:m.End]
	return m, true
}

// datelinePlace reports whether the capitals at [i, k), first of a line and known as p, are a
// dateline's place. A place of some size stands before a mark (datelineMark); a major one
// also before the story's first word with none ("WASHINGTON The senator said"); a small town
// needs a dash or its region ("BANTAM — A mason", "HOLLIDAY, Mo. —") and must be no common
// word ("WATCH —", "UPDATE -" head a feature).
func (r *Resolver) datelinePlace(doc *text.Doc, s *text.Sentence, i, k int, p *gazetteer.Place, marked bool) bool {
	switch {
	case !marked:
		return majorName(p) && gazetteer.IsPrimary(p, doc.Text[doc.Tokens[i].Start:doc.Tokens[k-1].End])
	case bigEnough(p):
		return true
	case k-i > 1 || r.commonWord(doc.Tokens[i].Lower):
		return false
	}
	switch doc.Tokens[k].Text {
	case "—", "–", "-", "--":
		return true
	case ",":
		return r.regionAfterComma(doc, s, k) != nil
	}
	return false
}

// lineStart reports whether token i begins a line of the text.
func lineStart(doc *text.Doc, i int) bool {
	b := doc.Tokens[i].Start
	for b > 0 && (doc.Text[b-1] == ' ' || doc.Text[b-1] == '\t') {
		b--
	}
	return b == 0 || doc.Text[b-1] == '\n' || doc.Text[b-1] == '\r'
}

// datelineMark reports whether w ends the place of a dateline: a comma before the region, the
// agency's parenthesis, a dash or a colon.
func datelineMark(w string) bool {
	switch w {
	case ",", "(", "—", "–", "-", "--", ":":
		return true
	}
	return false
}

// datelineRegions gives the dateline's kind to the region written after a dateline's place
// ("SPOKANE, Wash. —": Wash. is part of the dateline too).
func datelineRegions(doc *text.Doc, ms []Mention) {
	for i := 1; i < len(ms); i++ {
		d, m := &ms[i-1], &ms[i]
		if d.Kind == KindDateline && m.Sentence == d.Sentence && m.Tok == d.TokEnd+1 && doc.Tokens[d.TokEnd].Text == "," {
			m.Kind = KindDateline
		}
	}
}
