package place

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/territory"
	"github.com/annals-org/annals/text"
)

// Resolver finds and resolves places. Read-only; safe for concurrent use.
type Resolver struct {
	gaz  *gazetteer.Gazetteer
	terr *territory.Index
	lex  *text.Lexicon

	suffixOnce sync.Once
	suffixes   map[string]bool // last words of five or more place names (placeSuffix)
}

// NewResolver returns a Resolver over a gazetteer and a territory index. It does the one-time
// work of resolving (the villages read, the place-name suffixes counted) with the loading, not
// inside whichever article first needs it.
func NewResolver(g *gazetteer.Gazetteer, t *territory.Index, lex *text.Lexicon) *Resolver {
	r := &Resolver{gaz: g, terr: t, lex: lex}
	g.PrepareVillages()
	r.suffixOnce.Do(r.countSuffixes)
	return r
}

// Gazetteer returns the gazetteer r resolves against (for evaluation: which areas hold a point).
func (r *Resolver) Gazetteer() *gazetteer.Gazetteer { return r.gaz }

// Territory returns r's territory index.
func (r *Resolver) Territory() *territory.Index { return r.terr }

// Diagnostic is a doubt about a resolution, with the mention's byte offsets.
type Diagnostic struct {
	Start, End int
	Message    string
}

// Result is what an article's places resolve to.
type Result struct {
	Mentions    []Mention
	Diagnostics []Diagnostic
	Focus       string             // the country the article is most about, or ""
	Countries   map[string]float64 // the share of the article's actors and places in each country

	scene *Mention // where the story sets its scene (see firstScene), or nil

	// territories memoises Locate's territory answers by place: an article's events share a
	// few places, and a point-in-territory test costs more than all the rest of Locate.
	territories  [4]territoryHit
	nTerritories int
}

// territoryHit is the territory that holds place p and whether p is near its border.
type territoryHit struct {
	p         *gazetteer.Place
	territory string
	uncertain bool
}

// maxCandidates bounds the work per mention: the gazetteer ranks the likely ones first.
const maxCandidates = 40

// Places finds and resolves the places of doc.
func (r *Resolver) Places(doc *text.Doc, actors []actor.Mention) Result {
	return r.places(doc, actors, false)
}

// Explain is Places with each mention's scored candidates in Mention.Explained.
func (r *Resolver) Explain(doc *text.Doc, actors []actor.Mention) Result {
	return r.places(doc, actors, true)
}

func (r *Resolver) places(doc *text.Doc, actors []actor.Mention, explain bool) Result {
	ms := r.recognise(doc, actors)
	if explain {
		for i := range ms {
			ms[i].Explained = []Candidate{}
		}
	}
	focus := r.focus(doc, ms, actors)
	lead := top(focus)
	markContext(doc, ms)
	markLists(doc, ms)
	// Two passes: first each mention on its own and the article's focus, then again with
	// the containers and the other places the first pass found.
	idx := newPlaceIndex(ms)
	for i := range ms {
		idx.set(&ms[i], r.best(&ms[i], focus, lead, nil, false, idx))
	}
	idx.home = homeRegion(ms)
	idx.counties = namedCounties(ms)
	for i := range ms {
		var in *gazetteer.Place
		inside := false
		if c := containerMention(doc, ms, i); c != nil {
			// As for placeUnresolved, a town container must be named as the gazetteer names it.
			in, inside = c.Place, saidInside(doc, c) && c.Place != nil && gazetteer.IsPrimary(c.Place, c.Text) && c.want != "A"
		}
		idx.set(&ms[i], r.best(&ms[i], focus, lead, in, inside, idx))
	}
	oneSense(ms, idx)
	pairNamesakes(ms, idx, focus)
	r.placeUnresolved(doc, ms, idx, lead)
	r.villagesAtHome(ms, idx, focus, lead)
	r.villagesInHomeRegion(ms, idx)
	namesakesAtHome(ms, idx, actors, lead)
	r.townsNamedLikeCountries(doc, ms, idx, actors)
	namesakesBeyondCut(ms, idx)
	r.bareNamesAtHome(doc, ms, idx, lead)
	for i := range ms {
		if p := ms[i].Place; p != nil {
			ms[i].Country = ms[i].Country && strings.HasPrefix(p.Feature, "PCL")
		}
	}
	res := Result{Mentions: ms, Focus: lead, Countries: focus}
	idx.recount(ms) // again, with the country flags just corrected
	res.Diagnostics = unguess(ms, idx)
	for i := range ms {
		if p := ms[i].Place; p != nil {
			ms[i].Lat, ms[i].Lon = p.Lat, p.Lon
		}
	}
	res.Diagnostics = append(res.Diagnostics, farAndIsolated(ms, idx)...)
	ms = r.dropStrays(doc, ms)
	// After dropStrays: a stray name dropped is no doubt of the listing.
	res.Diagnostics = unguessStrangers(ms, res.Diagnostics, focus)
	res.Mentions = ms
	res.scene = r.firstScene(doc, &res)
	if explain {
		for i := range ms {
			sort.SliceStable(ms[i].Explained, func(a, b int) bool { return ms[i].Explained[a].Score > ms[i].Explained[b].Score })
		}
	}
	return res
}

// markContext notes what the words around each mention say of it: the place it holds ("Pandi,
// Bulacan": Bulacan holds Pandi) and the kind a place noun after it asks for.
func markContext(doc *text.Doc, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if i > 0 && ms[i-1].Sentence == m.Sentence && containerGap(doc, ms[i-1].TokEnd, m.Tok) {
			m.holds = &ms[i-1]
		}
		if i > 0 && ms[i-1].Sentence == m.Sentence && ms[i-1].TokEnd+1 == m.Tok && m.TokEnd < len(doc.Tokens) &&
			possessiveMark(doc.Tokens[m.Tok-1].Text) && townParts[doc.Tokens[m.TokEnd].Lower] {
			m.part = true // "Giza's Haram district", "Cairo's Abbasiya neighbourhood"
		}
		if i > 0 && ms[i-1].Sentence == m.Sentence && ms[i-1].TokEnd+2 == m.Tok && townParts[doc.Tokens[m.Tok-2].Lower] &&
			doc.Tokens[m.Tok-1].Lower == "of" && (len(m.Candidates) == 0 || m.Candidates[0].Class == "P") {
			// "the Cincinnati suburb of Norwood", "the Cairo district of Shubra"; not "the
			// Cacuaco district of Angola's capital", where the area after "of" holds the first.
			m.part = true
		}
		if i+1 < len(ms) && ms[i+1].Sentence == m.Sentence && m.TokEnd+2 == ms[i+1].Tok && townParts[doc.Tokens[m.TokEnd].Lower] &&
			doc.Tokens[m.TokEnd+1].Lower == "of" {
			m.part = true // "the Shubra district of Cairo": a part of the town after it, if that is a town
		}
		if m.Tok >= 2 && doc.Tokens[m.Tok-1].Lower == "of" { // "the state of Victoria", "the city of Hamilton"
			m.want = nounWants(doc.Tokens[m.Tok-2].Lower)
		}
		if m.Tok >= 1 { // "downtown New York" is the city, "upstate New York" the state
			if w := partWants[doc.Tokens[m.Tok-1].Lower]; w != "" {
				m.want = w
			}
		}
		if m.TokEnd < len(doc.Tokens) {
			if w := nounWants(doc.Tokens[m.TokEnd].Lower); w != "" {
				m.want = w
			}
			// A capital's government is its country's ("the Kabul government"): the city stays.
			if m.want == "" && governed(doc, m.TokEnd) && !(len(m.Candidates) > 0 && m.Candidates[0].Feature == "PPLC") {
				m.want = "G"
			}
		}
		if m.want == "" && m.Tok >= 1 && doc.Tokens[m.Tok-1].Lower == "the" && waterAlias(m) {
			m.want = "H" // "the Gulf" is the sea news call so, not PNG's Gulf Province
		}
	}
}

// waterAlias reports whether a candidate of m is open water known by m's words as another name
// ("the Gulf": the Persian Gulf), which English writes with "the" as it writes no province.
func waterAlias(m *Mention) bool {
	for _, c := range m.Candidates {
		if openWater(c) && !gazetteer.IsPrimary(c, m.Text) {
			return true
		}
	}
	return false
}

// partWants is the feature class a word for a part of a place, before its name, asks for: a
// town has a downtown, a state an upstate.
var partWants = map[string]string{"downtown": "P", "uptown": "P", "midtown": "P", "upstate": "A", "downstate": "A"}

// nounWants is the feature class a place noun asks for: A for a region, P for a town, H for
// water.
func nounWants(noun string) string {
	switch noun {
	case "province", "region", "state", "governorate", "oblast", "prefecture", "department":
		return "A"
	case "city", "town", "village", "mayor": // "the Quebec mayor" is the city's
		return "P"
	case "river", "lake":
		return "H"
	}
	return ""
}

// unguess leaves unresolved a small town chosen abroad, far from the other places of an
// article that lie in one other country, named there or holding a region or city of it:
// "Dardara in al-Hasakeh" is a Syrian village the gazetteer lacks, not the Moroccan Derdara.
// It returns a diagnostic for each.
func unguess(ms []Mention, idx *placeIndex) []Diagnostic {
	var out []Diagnostic
	type seen struct {
		version         int
		country         string
		n               int
		strong, unnamed bool
	}
	// The scan of the other places depends only on the mention's name once mayUnguess has
	// found them all far away, and changes only when a place of another name is left
	// unresolved: a name repeated thousands of times is scanned once.
	memo := map[string]seen{}
	version := 0
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Country || !minor(m.Place) || !mayUnguess(m, idx) {
			continue
		}
		o, ok := memo[m.Text]
		if !ok || o.version != version {
			country, n, strong, named := othersAbroad(ms, i)
			o = seen{version, country, n, strong, !named}
			memo[m.Text] = o
		}
		// The other places must name the country itself or a region or city of it by its own
		// name, and a town known by this name as its own stays unless the country is named.
		if o.n == 0 || !o.strong || o.country == m.Place.Country || gazetteer.IsPrimary(m.Place, m.Text) && o.unnamed {
			continue
		}
		out = append(out, Diagnostic{Start: m.Start, End: m.End, Message: "left unresolved: the only candidate, " + m.Place.Name + " (" + m.Place.Country + "), lies far from the article's other places, all in " + o.country})
		idx.set(m, nil)
		version++
		o.version = version // the others of m's own name are unchanged
		memo[m.Text] = o
	}
	return out
}

// mayUnguess reports whether the places of other names than m's might all lie in one
// country other than m's, none within 500 km of m: when not, othersAbroad's scan would
// find n = 0 or m's own country, and is not needed.
func mayUnguess(m *Mention, idx *placeIndex) bool {
	own := idx.text(m.Text)
	if idx.all.n == own.n {
		return false
	}
	foreign := ""
	for c, n := range idx.all.countries.all() {
		if c == "" || n == own.countries.get(c) {
			continue
		}
		if foreign != "" {
			return false // two countries: the scan breaks
		}
		foreign = c
	}
	if foreign == m.Place.Country {
		return false
	}
	close := false
	idx.near(m.Place.Lat, m.Place.Lon, 500, func(k placeKey, n int) {
		if !close && n > own.places.get(k) && gazetteer.DistanceKm(m.Place.Lat, m.Place.Lon, k.p.Lat, k.p.Lon) <= 500 {
			close = true
		}
	})
	return !close
}

// othersAbroad scans the places of other names than mention i's, in order: the one country
// they all lie in and how many there are, or n = 0 when they lie in several countries or one
// is within 500 km of mention i; whether one names a country, and whether one is a country
// or a major place named by its own name. Seas and regions of several countries (no country)
// are left out, as mayUnguess leaves them: where the article names them must not decide.
func othersAbroad(ms []Mention, i int) (country string, n int, strong, named bool) {
	m := &ms[i]
	for j := range ms {
		o := &ms[j]
		if j == i || o.Place == nil || o.Text == m.Text || o.Place.Country == "" {
			continue // a sea or a region of several countries is in none
		}
		if country != "" && o.Place.Country != country || gazetteer.DistanceKm(m.Place.Lat, m.Place.Lon, o.Place.Lat, o.Place.Lon) <= 500 {
			return country, 0, strong, named
		}
		country = o.Place.Country
		n++
		named = named || o.Country
		strong = strong || o.Country || major(o.Place) && gazetteer.IsPrimary(o.Place, o.Text)
	}
	return country, n, strong, named
}

// best scores the candidates of m: the gazetteer's own order, population and kind, the
// article's focus, a container the text names, and closeness to the article's other places.
func (r *Resolver) best(m *Mention, focus map[string]float64, lead string, in *gazetteer.Place, inside bool, all *placeIndex) *gazetteer.Place {
	cands := m.Candidates
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	if m.Explained != nil {
		m.Explained = m.Explained[:0] // the last pass explains
	} else if len(cands) == 1 && in == nil && !m.variant && m.want != "H" {
		// A lone candidate wins whatever its (finite) score; only a container, or a water noun
		// that rules it out, overrules it.
		return cands[0]
	}
	var best *gazetteer.Place
	bestScore := math.Inf(-1)
	home := all.home != "" && !namesRegion(cands, all.home)
	var keyBuf [128]byte
	key := gazetteer.AppendKey(keyBuf[:0], m.Text) // normalised once, not per candidate
	for rank, c := range cands {
		if m.variant && focus[c.Country] == 0 && nearOthers(c, m, all) == 0 && !major(c) {
			continue // another spelling is taken only in the article's countries, near its places, or for a major place
		}
		if m.want == "H" && c.Class != "H" && !gazetteer.IsPrimaryKey(c, key) {
			continue // "the Periyar river" is no town known by that name as an alternate; a town named after it may be on it
		}
		sc := scorer{explain: m.Explained != nil}
		sc.add(3/float64(1+rank), "gazetteer rank")
		sc.add(0.3*math.Log10(float64(c.Population)+1), "population")
		sc.addOf(kindBonus(c.Feature), "kind ", c.Feature, "")
		sc.addOf(3*focus[c.Country], "article's focus on ", c.Country, "")
		nameTerms(&sc, c, m.Text, key)
		if in != nil && within(c, in) && !(c == in && in.Feature == "ADM1") { // "Durango, Durango": the city
			sc.addOf(6, "inside ", in.Name, ", named after it")
		}
		if lead != "" && focus[lead] >= 0.4 && c.Country != lead && minor(c) {
			sc.addOf(-3, "a small town abroad in an article about ", lead, "")
		}
		if c.Feature == "ADM1" && seatFarSmaller(c, cands) {
			sc.add(1.5, "a region ten times as populous as its seat of the same name") // "in Quebec"
		}
		nounTerms(&sc, c, m.want)
		if m.holds != nil && (c.Feature == "ADM1" || strings.HasPrefix(c.Feature, "PCL")) && holdsAny(c, m.holds) {
			sc.addOf(4, "holds ", m.holds.Text, ", named before it") // "Coatzacoalcos, Veracruz"
		}
		if home && (c.Class != "A" || c.Feature == "ADM2") && inRegion(c, all.home) {
			sc.add(2.5, "in the story's home region") // "Plymouth County", "London" in a story about Ontario
		}
		if inCounty(c, m, all.counties) {
			sc.add(2, "in a county the article names") // "Oxford ... the Granville County sheriff"
		}
		if k, n := listKind(m); k != "" && kindOf(c) == k {
			sc.add(1.5*math.Min(float64(n), 2), "listed with places of its kind") // "Ontario, Manitoba and Quebec"
		}
		sc.add(nearOthers(c, m, all), "near the article's other places")
		sc.add(2.5*sameCountry(c, m, all), "in the country of the article's other places")
		if sc.explain {
			m.Explained = append(m.Explained, Candidate{Place: c, Score: sc.s, Why: sc.why})
		}
		if sc.s > bestScore {
			best, bestScore = c, sc.s
		}
	}
	if in != nil && (in.Feature == "ADM1" && (regionOnly(cands, in, lead) || (villageOnly(cands, in) || villageAtHome(cands, in, lead)) && r.regionVillage(m.Text, in) != nil) ||
		(m.part || inside && townsOnly(cands)) && in.Class == "P" && noneWithin(cands, in)) {
		score := 0.0
		if best != nil {
			score = bestScore + 1
		}
		return r.inContainer(m, in, score)
	}
	return best
}

// nameTerms scores how candidate c is known by the mention's name (text, key its normalised
// form): by an alternate only, or as news name an ocean.
func nameTerms(sc *scorer, c *gazetteer.Place, text string, key []byte) {
	ocean := oceanName(c, text)
	if !gazetteer.IsPrimaryKey(c, key) && !regionSeatNamed(c, key) && !shortForm(c, text) && !ocean {
		sc.add(-1.5, "known by this name only as an alternate") // "Africa" is not Mahdia
	}
	if ocean {
		sc.add(3, "an ocean, named as news name it") // "the Atlantic flyway" in a US story is no Atlantic, Iowa
	}
}

// nounTerms scores candidate c against the feature class a noun by the mention asks for
// (want: A a region, G a polity, P a town).
func nounTerms(sc *scorer, c *gazetteer.Place, want string) {
	if want == "A" && strings.HasPrefix(c.Feature, "PCL") {
		sc.add(-3, "a place noun asks for a region") // "Niger state" is no country
	}
	if want == "G" && (c.Feature == "ADM1" || strings.HasPrefix(c.Feature, "PCL")) {
		sc.add(3, "a government noun asks for a state or region") // "the Quebec government"
	}
	if want == "A" && strings.HasPrefix(c.Feature, "ADM") || want == "P" && c.Class == "P" {
		sc.add(3, "the kind the place noun asks for") // "the Brest region", "Rajkot city"
	}
}

// townsOnly reports whether every candidate is a populated place: a region or country named
// "in" a town is a misread container ("Manitoba in Winnipeg" is no village).
func townsOnly(cands []*gazetteer.Place) bool {
	for _, c := range cands {
		if c.Class != "P" {
			return false
		}
	}
	return true
}

// saidInside reports whether the text puts a name inside container c with "in": "Mansura in
// Raqqa", "a farm in the Dobrich province"; a comma may join a list ("Washington, London").
func saidInside(doc *text.Doc, c *Mention) bool {
	t := c.Tok - 1
	if t >= 0 && doc.Tokens[t].Lower == "the" {
		t--
	}
	return t >= 0 && doc.Tokens[t].Lower == "in"
}

// villageAtHome reports whether every candidate is a town outside region in, which lies in the
// article's lead country: a village of the name in the region (gazetteer.Villages) then wins
// over the namesakes elsewhere, a city too ("a brother of Detroit, Texas" in an obituary from
// Texas is the Texan village). Only villageOnly's small towns give way to it in a region
// abroad, where a city may be the text's error of region. A list of regions ("Joliet, Montana
// and Wyoming") names no container (enumerated).
func villageAtHome(cands []*gazetteer.Place, in *gazetteer.Place, lead string) bool {
	if in.Country != lead {
		return false
	}
	for _, c := range cands {
		if c.Class != "P" || within(c, in) {
			return false
		}
	}
	return true
}

// seatFarSmaller reports whether region r has among cands a seat of its own name (a town in it
// that the gazetteer ranks with it) with a tenth of its people or fewer: a name shared by a
// province and its capital then means the province more often ("Quebec", "Veracruz"), where a
// region and a city of comparable size ("Aleppo", "New York") keep the city first.
func seatFarSmaller(r *gazetteer.Place, cands []*gazetteer.Place) bool {
	for _, c := range cands {
		if c.Class == "P" && c.Country == r.Country && c.Admin1 == r.Admin1 && c.Population > 0 &&
			(c.Feature == "PPLA" || c.Feature == "PPLC") && c.NameKey() == r.NameKey() {
			return r.Population >= 10*c.Population
		}
	}
	return false
}

// shortForm reports whether name is c's own name without the river or sea that qualifies it,
// a town's usual short name: "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt
// am Main, "Boulogne" for Boulogne-sur-Mer.
func shortForm(c *gazetteer.Place, name string) bool {
	if c.Class != "P" || len(c.Name) <= len(name)+1 || c.Name[len(name)] != ' ' && c.Name[len(name)] != '-' {
		return false
	}
	rest := c.Name[len(name)+1:] // after the space or hyphen
	for _, q := range riverQualifiers {
		if strings.HasPrefix(rest, q) && len(rest) > len(q) && (rest[len(q)] == ' ' || rest[len(q)] == '-') {
			// Normalize allocates: compared last, for the few names that get this far.
			return gazetteer.Normalize(c.Name[:len(name)]) == gazetteer.Normalize(name)
		}
	}
	return false
}

// oceanName reports whether c is an ocean and name its name without "Ocean", as news name
// it: "the Atlantic coast" is the ocean's, not Atlantic, Iowa.
func oceanName(c *gazetteer.Place, name string) bool {
	return c.Feature == "OCN" && len(c.Name) == len(name)+len(" Ocean") && strings.HasSuffix(c.Name, " Ocean") &&
		strings.EqualFold(c.Name[:len(name)], name)
}

// riverQualifiers join a town's name to the river or sea it lies on ("upon Tyne", "am Main").
var riverQualifiers = []string{"upon", "on", "am", "an", "an der", "sur", "en", "im"}

// regionSeatNamed reports whether c is the seat of a first-level region called by the name of
// key (gazetteer.AppendKey), known by that name too: "Mogilev" is Mahilyow, the seat of the
// Mogilev region, as much as the region.
func regionSeatNamed(c *gazetteer.Place, key []byte) bool {
	if c.Feature != "PPLA" && c.Feature != "PPLC" || c.Admin1Name == "" {
		return false
	}
	var buf [128]byte
	return string(gazetteer.AppendKey(buf[:0], c.Admin1Name)) == string(key)
}

func kindBonus(f string) float64 {
	switch f {
	case "PCLI", "PCLD", "PCLS", "PCLF":
		return 2.5
	case "ADM1", "PPLC":
		return 1.2
	case "CONT":
		return 3
	case "PPLA", "RGN", "LK", "SEA", "MTS":
		return 0.6
	}
	return 0
}

// within reports whether c lies in container in: the same country for a country, the same
// first-level region for a region, else within 150 km.
func within(c, in *gazetteer.Place) bool {
	switch in.Feature {
	case "PCLI", "PCLD", "PCLS", "PCLF":
		return c.Country == in.Country
	case "ADM1":
		return c.Country == in.Country && (c.Admin1 == in.Admin1 && c.Admin1 != "" || c.Admin1Name == in.Name)
	}
	return gazetteer.DistanceKm(c.Lat, c.Lon, in.Lat, in.Lon) < 150
}

// nearOthers rewards a candidate close to the other places already resolved: articles
// describe one area. The others are the towns and regions of other names. A first-level
// region is near the places it holds, however far they lie from its point: the point of
// Quebec the province is 600 km north of Montreal, Quebec City 250 km east of it, and a
// story about Montreal that says "in Quebec" means the province as much as the city.
func nearOthers(c *gazetteer.Place, self *Mention, all *placeIndex) float64 {
	own := all.text(self.Text)
	n := all.all.points - own.points
	if n == 0 {
		return 0
	}
	region := c.Feature == "ADM1" && c.Admin1 != ""
	near, km := 0, 400.0
	if openWater(c) {
		km = 1500 // a sea's point is its middle, hundreds of kilometres from the shores the article names
	}
	// Each place counts less the mentions of self's name, which are among its count: a place
	// only they name needs no distance, and none is computed twice.
	all.near(c.Lat, c.Lon, km, func(k placeKey, count int) {
		if count -= own.places.get(k); count != 0 && !k.country && gazetteer.WithinKm(c.Lat, c.Lon, k.p.Lat, k.p.Lon, km) && !(region && holdsPoint(c, k.p)) {
			near += count
		}
	})
	if region {
		id := regionID{c.Country, c.Admin1}
		near += all.all.regions.get(id) - own.regions.get(id)
	}
	return 2 * float64(near) / float64(n)
}

// openWater reports whether p is an ocean, a sea, a gulf or a bay: a water body that towns
// line, far from its point.
func openWater(p *gazetteer.Place) bool {
	switch p.Feature {
	case "OCN", "SEA", "GULF", "BAY":
		return true
	}
	return false
}

// holdsPoint reports whether first-level region r holds place p (p may be r itself).
func holdsPoint(r, p *gazetteer.Place) bool {
	return p.Admin1 != "" && p.Admin1 == r.Admin1 && p.Country == r.Country
}

// isolatedKm: a place farther than this from every other place of the article is doubtful.
const isolatedKm = 400

// farKm: a place resolved farther than this from every other place of an article whose
// other places lie together is a likely wrong choice.
const farKm = 500

// farAndIsolated marks the towns and regions that lie more than isolatedKm from every other
// town or region of the article (of another name), and returns a diagnostic for each that
// lies more than farKm from them all in an article of three places or more: a likely wrong
// choice. One scan of the others per place and name counts both.
func farAndIsolated(ms []Mention, idx *placeIndex) []Diagnostic {
	type isolation struct{ isolated, far bool }
	var out []Diagnostic
	memo := map[placeName]isolation{}
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Country {
			continue
		}
		key := placeName{m.Place, m.Text}
		o, ok := memo[key]
		if !ok {
			others := idx.all.points - idx.text(m.Text).points
			isolatedNear, farNear := idx.pointsWithin2(m, isolatedKm, farKm)
			o = isolation{isolated: others > 0 && isolatedNear == 0, far: idx.all.points >= 3 && farNear == 0}
			memo[key] = o
		}
		m.isolated = o.isolated
		if o.far {
			out = append(out, Diagnostic{Start: m.Start, End: m.End, Message: "resolved more than 500 km from every other place of the article: " + m.Place.Name + " (" + m.Place.Country + ")"})
		}
	}
	return out
}

// placeName is a resolved mention as far as its distances to the others go.
type placeName struct {
	p    *gazetteer.Place
	text string
}

// major reports whether a place is known well beyond its region: a first-level region or a
// city of 100,000 people or more ("Ar-Raqqa" for Ar Raqqah needs no other clue).
func major(p *gazetteer.Place) bool {
	return p.Feature == "ADM1" || p.Class == "P" && p.Population >= 100000
}

// minor reports whether a place is a small populated place: a town of fewer than 50,000
// people, the capital of a small state included (Victoria, Seychelles, is not the Victoria of
// an Australian story).
func minor(p *gazetteer.Place) bool {
	if p == nil || p.Class != "P" || p.Country == "" {
		return false
	}
	return p.Population < 50000
}

// sameCountry is the share of the article's other resolved places that lie in c's country:
// "Pesqueria, Nuevo Leon" is the Mexican one because Nuevo Leon is in Mexico.
func sameCountry(c *gazetteer.Place, self *Mention, all *placeIndex) float64 {
	own := all.text(self.Text)
	n := all.all.n - own.n
	if n == 0 {
		return 0
	}
	return float64(all.all.countries.get(c.Country)-own.countries.get(c.Country)) / float64(n)
}

// holdsAny reports whether region or country c holds one of the candidates of mention h.
func holdsAny(c *gazetteer.Place, h *Mention) bool {
	hc := h.Candidates
	if len(hc) > maxCandidates {
		hc = hc[:maxCandidates]
	}
	for _, x := range hc {
		if x != c && within(x, c) {
			return true
		}
	}
	return false
}
