package place

import (
	"slices"
	"sort"
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// eventPrepositions introduce the place of an event in its clause.
var eventPrepositions = map[string]bool{"in": true, "into": true, "near": true, "at": true, "from": true, "along": true,
	"across": true, "outside": true, "inside": true, "on": true, "around": true, "towards": true, "toward": true}

// subLocality nouns after a name, and subPrefix words before it, make it a part of a town
// ("Palmares neighborhood", "the Soba area of Khartoum", "Colonia Libertad"), which a
// gazetteer of towns resolves to a namesake elsewhere.
var (
	subLocality = map[string]bool{"neighborhood": true, "neighbourhood": true, "area": true, "park": true, "street": true,
		"road": true, "square": true, "market": true, "camp": true, "quarter": true, "suburb": true, "colony": true,
		"sector": true, "compound": true, "community": true}
	subPrefix = map[string]bool{"colonia": true, "barrio": true, "barangay": true, "fraccionamiento": true}
)

// Event is what Locate needs to know of an event.
type Event struct {
	Sentence, Head int // the event's sentence and head token
	// Physical is true for an event that happens at a scene (material cooperation or
	// conflict, a protest), false for one that happens wherever its speakers are (a statement,
	// a call, a demand).
	Physical bool
	Target   string // the country of the event's target, or ""
	// TargetCivilians is true when the target is civilians of that country ("freed two US
	// hostages", "Kenyan tourists were robbed"): people travel, so their country says little
	// of where the act happened, unlike a country, its state or its forces.
	TargetCivilians bool
}

// Locate returns where event ev happened: the place its clause names after a preposition
// ("crossed into Syunik", "clashed near Vardenis"), else the nearest place of its own clause
// (eventplace.go: for a statement, not of a clause that tells of another act; for any event,
// not of another coordinate clause), else of its sentence, else, for a physical event, the
// first town or region of an earlier sentence, where a story sets its scene (also when its
// sentence names only the country the scene lies in, or names places only in another
// coordinate clause); a place named only in another coordinate clause, outside the
// article's focus country, gives way to that country. Else the dateline's town, when the
// article names no other place; else, for a physical event with a target the article names,
// the target's country (an attack on Ukrainian positions happens in Ukraine), unless the
// target is civilians; else the article's focus country. It returns the territory that holds the point and whether the
// point is near a border.
func (r *Resolver) Locate(doc *text.Doc, res *Result, ev Event) (*annals.Location, string, bool) {
	// A physical act's subordinate clauses mostly set its own scene ("shot him after he
	// stabbed a guard in Mombasa"); a statement's tell of the acts it is about.
	clauses := allClauses
	if ev.Physical {
		clauses = coordinateClauses
	}
	pick, elsewhere := r.pickIn(doc, res, ev.Sentence, ev.Head, clauses)
	if ev.Physical && res.scene != nil && res.scene.Sentence < ev.Sentence && (pick == nil || elsewhere || sceneRefines(doc, res.scene, pick)) {
		pick, elsewhere = res.scene, false
	}
	if elsewhere && res.Focus != "" && pick.Place.Country != res.Focus {
		pick = nil // another clause's place abroad: the article's country says more
	}
	if pick == nil {
		pick = onlyDateline(res)
	}
	var p *gazetteer.Place
	text, start, end := "", 0, 0
	if pick != nil {
		p, text, start, end = pick.Place, pick.Text, pick.Start, pick.End
	} else if ev.Physical && ev.Target != "" && !ev.TargetCivilians && res.Countries[ev.Target] > 0 {
		p = r.gaz.Country(ev.Target)
	} else if res.Focus != "" {
		p = r.gaz.Country(res.Focus)
	}
	if p == nil {
		return nil, "", false
	}
	loc := &annals.Location{Text: text, Start: start, End: end, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1Name, Feature: p.Feature, GeonamesID: p.ID}
	if loc.Admin1 == "" && p.Feature == "ADM1" {
		loc.Admin1 = p.Name
	}
	switch p.Feature {
	case "PCLI", "PCLD", "PCLS", "PCLF":
		return loc, p.Country, false
	}
	if r.terr == nil {
		return loc, "", false
	}
	for _, h := range res.territories[:res.nTerritories] {
		if h.p == p {
			return loc, h.territory, h.uncertain
		}
	}
	terr, uncertain := r.terr.Locate(p.Lat, p.Lon)
	if res.nTerritories < len(res.territories) {
		res.territories[res.nTerritories] = territoryHit{p, terr, uncertain}
		res.nTerritories++
	}
	return loc, terr, uncertain
}

// sceneRefines reports whether the scene, a town or region an earlier sentence set the story
// in, says more precisely where an act happened than the country pick its own sentence names:
// a sentence that names no town names a country mostly as someone's ("the President of
// Brazil", "Brazil's largest union"), and the scene lies in it. A country the sentence sets
// the act in ("protests spread across Brazil") or a verb takes ("troops entered Armenia")
// stays.
func sceneRefines(doc *text.Doc, scene, pick *Mention) bool {
	if !pick.Country || scene.Country {
		return false
	}
	if scene.Place.Country != pick.Place.Country {
		return possessor(doc, pick)
	}
	if pick.Tok == 0 {
		return true
	}
	before := &doc.Tokens[pick.Tok-1]
	return !eventPrepositions[before.Lower] && !strings.HasPrefix(string(before.Tag), "VB")
}

// onlyDateline returns the dateline's place when the article names no other place: a
// dateline says where the story was written, not where its events happened ("SPOKANE, Wash.
// — Two men were arrested in Coeur d'Alene" happened in Idaho), so it locates an event only
// when nothing else can.
func onlyDateline(res *Result) *Mention {
	var d *Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		switch {
		case m.Place == nil:
		case m.Kind != KindDateline:
			return nil
		case d == nil:
			d = m // the town, before its region
		}
	}
	return d
}

// firstScene returns the first town or region that an article's sentences locate an event
// at, in the earliest sentence that has one: where the story sets its scene.
func (r *Resolver) firstScene(doc *text.Doc, res *Result) *Mention {
	// Only a sentence that names a town or region (pickIn's places, not countries) can set
	// the scene: those are asked in text order, the others not at all.
	last := -1
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Place == nil || m.Country || m.Kind == KindDateline || m.Sentence == last {
			continue
		}
		last = m.Sentence
		if p, _ := r.pickIn(doc, res, m.Sentence, doc.Sentences[m.Sentence].First, noClauses); p != nil && !p.Country {
			return p
		}
	}
	return nil
}

// pickIn returns the place of sentence si nearest to token head, or nil. Places the sentence
// names more precisely, or that agree with the rest of the article, come first: a region that
// holds another place of the sentence, a part of a town, a place far from all the others or
// outside the article's country, a place an actor comes from ("militants from Kandahar"), and
// a country, stand back for the others. With ownClause, a place of another clause than the
// head's (eventplace.go) stands back too, and elsewhere reports that the pick is one.
func (r *Resolver) pickIn(doc *text.Doc, res *Result, si, head int, which clauseKinds) (pick *Mention, elsewhere bool) {
	// A sentence names a few places: they and their marks live on the stack.
	var inBuf [smallSentence]*Mention
	var backBuf [smallSentence]bool
	in := inBuf[:0]
	towns := false
	// Mentions come in text order: look at the sentence's own, not every mention of the
	// article for every event.
	ms := res.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Sentence >= si }); i < len(ms) && ms[i].Sentence == si; i++ {
		m := &ms[i]
		if m.Place != nil && m.Kind != KindDateline {
			in = append(in, m)
			towns = towns || !coarse(m)
		}
	}
	back := standBack(doc, in, backBuf[:0])
	// Of the places left, one far from all the others ("Colonia" read as Köln in a story about
	// Tonala, Jalisco) or abroad stands back when another is neither.
	keep := func(skip func(*Mention) bool) {
		some := false
		for i, m := range in {
			if !back[i] && !m.Country && !skip(m) {
				some = true
			}
		}
		for i, m := range in {
			if some && !m.Country && skip(m) {
				back[i] = true
			}
		}
	}
	if which != noClauses && len(in) > 1 {
		sourceStandBack(doc, &doc.Sentences[si], head, in, back)
	}
	var cl clauses
	if which != noClauses && len(in) > 0 {
		cl = clausesOf(doc, &doc.Sentences[si], which)
		if cl.nSub+cl.nParts > 0 {
			cl.standBack(in, head, back)
		}
	}
	keep(func(m *Mention) bool { return m.isolated })
	keep(func(m *Mention) bool { return origin(doc, m) })
	if res.Focus != "" {
		keep(func(m *Mention) bool { return m.Place.Country != res.Focus })
	}
	bestDist := 1 << 30
	for i, m := range in {
		if back[i] {
			continue
		}
		d := m.Tok - head
		if d < 0 {
			d = -d + 6 // places before the verb are more often the subject's home than the scene
		}
		if m.Tok > 0 && eventPrepositions[doc.Tokens[m.Tok-1].Lower] {
			d -= 4
		}
		if !coarse(m) {
			d -= 2 // a town or region is more precise than a country
		} else if towns {
			d += 1000 // a country only where the sentence names no town or region
		}
		if d < bestDist {
			pick, bestDist = m, d
		}
	}
	return pick, pick != nil && cl.nParts > 0 && cl.part(pick.Tok) != cl.part(head)
}

// standBack marks the places of one sentence that another of its places makes more precise:
// a first-level region that holds one of them ("Bom Jesus do Galho, Minas Gerais": the
// town), and a part of a town ("the Palmares neighborhood"), which a gazetteer of towns
// resolves to a namesake elsewhere.
func standBack(doc *text.Doc, in []*Mention, back []bool) []bool {
	back = slices.Grow(back[:0], len(in))[:len(in)]
	clear(back)
	regionsHoldTowns(in, back)
	containerChains(doc, in, back)
	// A part of a town stands back when another place of the sentence, neither a country nor
	// standing back, is left: counted once, not looked for per part.
	left := 0
	for i, m := range in {
		if !m.Country && !back[i] {
			left++
		}
	}
	for i, m := range in {
		if m.Country || back[i] || !subLocal(doc, m) {
			continue
		}
		if left > 1 { // another than m itself
			back[i] = true
			left--
		}
	}
	return back
}

// smallSentence: a sentence with at most this many places is looked at without maps.
const smallSentence = 8

// regionsHoldTowns marks the first-level regions of in that hold another of its places.
func regionsHoldTowns(in []*Mention, back []bool) {
	holdsTown := func(region *gazetteer.Place, towns []*Mention) bool {
		return slices.ContainsFunc(towns, func(o *Mention) bool {
			return !o.Country && o.Place.Feature != "ADM1" && within(o.Place, region)
		})
	}
	if len(in) <= smallSentence {
		for i, m := range in {
			back[i] = !m.Country && m.Place.Feature == "ADM1" && holdsTown(m.Place, in)
		}
		return
	}
	// Whether a region holds another place depends only on the region and the sentence's
	// distinct places: a sentence that lists thousands of names is not scanned per name.
	var towns []*gazetteer.Place
	holds := map[*gazetteer.Place]bool{}
	for _, o := range in {
		if !o.Country && o.Place.Feature != "ADM1" && !holds[o.Place] {
			holds[o.Place] = true
			towns = append(towns, o.Place)
		}
	}
	clear(holds)
	for i, m := range in {
		if m.Country || m.Place.Feature != "ADM1" {
			continue
		}
		h, ok := holds[m.Place]
		if !ok {
			h = slices.ContainsFunc(towns, func(p *gazetteer.Place) bool { return within(p, m.Place) })
			holds[m.Place] = h
		}
		back[i] = h
	}
}

// containerChains settles each pair the text names as a place and its container ("Raipur,
// Dehradun", "Rampur (Varanasi)", "the Obolon district of Kyiv", "a village near Goris"): the
// container stands back when it holds the place, which is more precise. When it does not, the
// place resolved to a namesake elsewhere in the same country (the gazetteer lacks the village
// or district meant) and stands back for its container, unless the "container" is a smaller
// town than the place ("Panama City (Bella Vista)" names a part of the city), lies in
// another country (then either may be the wrong namesake), or the place is a city known well
// beyond its region (the text misnames its region). A list of peers ("Goris, Kapan and
// Sisian") is no chain.
func containerChains(doc *text.Doc, in []*Mention, back []bool) {
	for i, c := range in {
		h := c.holds
		if h == nil || c.Country || h.Country || peerList(doc, c) {
			continue
		}
		j := slices.Index(in, h)
		switch {
		case j < 0:
		case inside(h.Place, c):
			back[i] = true
		case h.Place.Country == c.Place.Country && !major(h.Place) && (c.Place.Class != "P" || c.Place.Population >= h.Place.Population):
			back[j] = true
		}
	}
}

// townRadiusKm: a place within this distance of a town is in it or its outskirts.
const townRadiusKm = 50

// inside reports whether p lies in container c: in its country or first-level region, within
// townRadiusKm of a town or in the region whose seat the town is, or within 150 km of another area's point (or of a town whose name a
// region noun follows: "Lida of the Grodno region").
func inside(p *gazetteer.Place, c *Mention) bool {
	if c.Place.Class == "P" && c.want != "A" {
		if gazetteer.DistanceKm(p.Lat, p.Lon, c.Place.Lat, c.Place.Lon) < townRadiusKm {
			return true
		}
		// A region's seat often lends the region its name ("Canete, Lima"): in that region,
		// also when the gazetteer files the seat under another region than the one named
		// after it (Lima the city in "Lima Province", Canete in "Lima region").
		seat := c.Place.Feature == "PPLA" || c.Place.Feature == "PPLC"
		return seat && p.Country == c.Place.Country && p.Admin1 != "" && p.Admin1 == c.Place.Admin1 ||
			p.Country == c.Place.Country && namedAfter(p.Admin1Name, c.Text)
	}
	return within(p, c.Place)
}

// peerList reports whether mention m is followed by "and" or "or", right after it or after a
// comma: then the name before it is its peer in a list, not a place it holds.
func peerList(doc *text.Doc, m *Mention) bool {
	for t := m.TokEnd; t < len(doc.Tokens) && t < m.TokEnd+2; t++ {
		switch doc.Tokens[t].Lower {
		case "and", "or":
			return true
		case ",":
		default:
			return false
		}
	}
	return false
}

// subLocal reports whether m names a part of a town: "Palmares neighborhood", "Colonia Libertad",
// "colonia Lomas de San Miguel", "the Soba area of Khartoum" (but "the Lalgola area" is around
// Lalgola itself).
func subLocal(doc *text.Doc, m *Mention) bool {
	if m.TokEnd < len(doc.Tokens) {
		next := doc.Tokens[m.TokEnd].Lower
		if subLocality[next] && (next != "area" || m.TokEnd+1 < len(doc.Tokens) && doc.Tokens[m.TokEnd+1].Lower == "of") {
			return true
		}
	}
	if subPrefix[doc.Tokens[m.Tok].Lower] {
		return true
	}
	// Back over the words of a longer name the place name ends ("Colonia Lomas de San Miguel").
	for t := m.Tok - 1; t >= 0 && t >= m.Tok-5; t-- {
		tok := &doc.Tokens[t]
		switch {
		case subPrefix[tok.Lower]:
			return true
		case tok.Cap || nameLinks[tok.Lower]:
		default:
			return false
		}
	}
	return false
}

// nameLinks join the words of a Spanish or Portuguese place name: "Lomas de San Miguel".
var nameLinks = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "do": true, "da": true,
	"dos": true, "das": true}

// coarse reports whether m names a country or a division that no longer exists ("South
// Yemen", "Orientale Province"): a place of last resort for an event.
func coarse(m *Mention) bool {
	return m.Country || m.Place.Feature == "RGNH" || m.Place.Feature == "ADMD"
}

// origin reports whether m names where an actor comes from rather than where the act
// happened: "from" after a noun or a form of "be" or "hail" ("militants from Kandahar
// attacked ...", "fighters who are also from Deir ez-Zor", "a mob from the village").
func origin(doc *text.Doc, m *Mention) bool {
	if m.Tok < 2 || doc.Tokens[m.Tok-1].Lower != "from" {
		return false
	}
	p := &doc.Tokens[m.Tok-2]
	if p.Tag == "RB" && m.Tok >= 3 {
		p = &doc.Tokens[m.Tok-3] // "are also from"
	}
	return strings.HasPrefix(string(p.Tag), "NN") || p.Lemma == "be" || p.Lemma == "hail"
}
