package pipeline

import (
	"strings"

	"github.com/annals-org/annals"
)

// Folding and merging pair an article's events. Looking at every pair made the time
// quadratic in the article's length ("attack" 100,000 times took 33 s), so the events are
// indexed once, by sentence and by code, and each event looks only at the few it can pair
// with. The pairs found, and their order, are exactly those of the loops over all events.

// foldIndex lists the events of an article that folding can fold into, by sentence, in
// event order.
type foldIndex struct {
	causes     map[int][]int // violent events, but not casualties with no perpetrator: causes in the same sentence
	causesBack map[int][]int // of them, those with a perpetrator, and riots: causes in a later sentence
	riots      map[int][]int // riots (145)
}

func newFoldIndex(recs []annals.Event) *foldIndex {
	x := &foldIndex{causes: map[int][]int{}, causesBack: map[int][]int{}, riots: map[int][]int{}}
	for j := range recs {
		r := &recs[j]
		if r.CAMEO == "145" {
			x.riots[r.Sentence] = append(x.riots[r.Sentence], j)
		}
		if !violent(r.CAMEO) || r.Source == nil && casualty(r.CAMEO) {
			continue
		}
		x.causes[r.Sentence] = append(x.causes[r.Sentence], j)
		if r.Source != nil || r.CAMEO == "145" {
			x.causesBack[r.Sentence] = append(x.causesBack[r.Sentence], j)
		}
	}
	return x
}

// foldConsequences folds casualty reports with no perpetrator ("two people were killed",
// "three officers were injured") into the violent event with a named perpetrator that caused
// them, in the same sentence or the two before: the casualties are that event's outcome, not
// events of their own. Their quantities move with them.
func foldConsequences(recs []annals.Event) []annals.Event {
	x := newFoldIndex(recs)
	qs := quantitySets{}
	keep := recs[:0:0]
	for i := range recs {
		r := &recs[i]
		if r.Source == nil && casualty(r.CAMEO) {
			if j := x.cause(recs, i); j >= 0 {
				qs.add(j, &recs[j].Quantities, r.Quantities)
				continue
			}
		}
		if j := x.riotOf(recs, i); j >= 0 {
			qs.add(j, &recs[j].Quantities, r.Quantities)
			continue
		}
		keep = append(keep, *r)
	}
	return keep
}

// riotOf returns the riot (145) that property damage or a clash of unnamed sides recs[i]
// belongs to: in the same sentence, by the same crowd or by no one named ("demonstrators
// attacked, vandalized and burned the town hall", "two communities clashed and pelted
// stones"), or -1.
func (x *foldIndex) riotOf(recs []annals.Event, i int) int {
	r := &recs[i]
	switch r.CAMEO {
	case "171", "1711", "1712":
	case "190", "193":
		if r.Source != nil {
			return -1 // a fight by named armed actors is no part of a riot
		}
	default:
		return -1
	}
	for _, j := range x.riots[r.Sentence] {
		if r.Source == nil || sameActor(recs[j].Source, r.Source) {
			return j
		}
	}
	return -1
}

// casualty reports whether a code records harm done to people (assault, killing, wounding)
// rather than a kind of attack.
func casualty(code string) bool {
	switch code {
	case "180", "182", "1821", "1822", "1823":
		return true
	}
	return false
}

// cause returns the index of the violent event with a source that recs[i], a casualty with
// no perpetrator, follows from, or -1: the first in event order of those in its own sentence
// and those before it in the two sentences before. An attack with no named perpetrator
// explains casualties in its own sentence ("a soldier was killed when an IED exploded"), not
// beyond; a riot explains the injuries reported after it, whoever rioted.
func (x *foldIndex) cause(recs []annals.Event, i int) int {
	s := recs[i].Sentence
	best := -1
	if js := x.causes[s]; len(js) > 0 {
		best = js[0]
	}
	for _, back := range []int{s - 1, s - 2} {
		if js := x.causesBack[back]; len(js) > 0 && js[0] < i && (best < 0 || js[0] < best) {
			best = js[0]
		}
	}
	return best
}

func violent(code string) bool {
	if strings.HasPrefix(code, "145") {
		return true
	}
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return false
}

// merger folds each record into an earlier one of the same article that reports the same
// event. It looks only at the records of the same code, which is one of the conditions.
type merger struct {
	out    []annals.Event
	byCode map[string][]int // indices into out
	qs     quantitySets
}

// merge folds rec into the first earlier record that reports the same event, and reports
// whether it did.
func (mg *merger) merge(rec *annals.Event) bool {
	for _, i := range mg.byCode[rec.CAMEO] {
		if mg.mergeInto(i, rec) {
			return true
		}
	}
	return false
}

// push appends a record that merged into none.
func (mg *merger) push(rec annals.Event) {
	if mg.byCode == nil {
		mg.byCode = map[string][]int{}
		mg.qs = quantitySets{}
	}
	mg.byCode[rec.CAMEO] = append(mg.byCode[rec.CAMEO], len(mg.out))
	mg.out = append(mg.out, rec)
}

// mergeInto folds rec into out[i] when it reports the same event: the same source, code and
// date, and the same target or none. It reports whether it did.
func (mg *merger) mergeInto(i int, rec *annals.Event) bool {
	o := &mg.out[i]
	if o.CAMEO != rec.CAMEO || !sameDay(o, rec) || !sameActor(o.Source, rec.Source) || o.Status != rec.Status && rec.Status != annals.Asserted {
		return false
	}
	// A report of the same source, code and day refines the earlier one's date and place
	// even when its target differs and it stays an event of its own, as it always has.
	if o.DateSource == "published" && rec.DateSource == "text" {
		// A date the text states beats the publication date put in for lack of one.
		o.Date, o.DateText, o.DateSource, o.DateSpan = rec.Date, rec.DateText, rec.DateSource, rec.DateSpan
	}
	if finer(rec.Location, o.Location) {
		// The more precise place of the two reports: Syunik rather than Armenia.
		o.Location, o.Territory, o.TerritoryUncertain, o.CrossBorder = rec.Location, rec.Territory, rec.TerritoryUncertain, rec.CrossBorder
	}
	if appeal(o.CAMEO) && (code(o.Target) != code(rec.Target) || (o.CAMEO != rec.CAMEO || o.CAMEO == "020") && !sameWording(o, rec)) {
		// Appeals are many a day: a side that urges one actor to talk and another to
		// release prisoners made two appeals. A specific code spells what is asked, so the
		// same specific appeal to the same actor told twice, in the lead and in a quote
		// ("asked Russia for military aid", "I have appealed to President Putin for
		// assistance": 023 both), is one event; a plain appeal (020) says nothing of its
		// content, and two of them are one only in the same words.
		return false
	}
	switch {
	case code(o.Target) == code(rec.Target):
	case rec.Target == nil:
	case o.Target == nil:
		o.Target = rec.Target
	default:
		return false
	}
	mg.qs.add(i, &o.Quantities, rec.Quantities)
	return true
}

// appeal reports whether code is an appeal (CAMEO 02x).
func appeal(code string) bool { return strings.HasPrefix(code, "02") }

// sameWording reports whether two records' triggers are the same words, case aside: the
// content of an appeal is spelled by its pattern ("called for talks", "urged ... to free").
func sameWording(a, b *annals.Event) bool {
	return a.Sentence == b.Sentence || strings.EqualFold(triggerText(a), triggerText(b))
}

// triggerText returns the words of e's trigger, which lies within its evidence sentence.
func triggerText(e *annals.Event) string {
	from, to := e.Trigger.Start-e.Start, e.Trigger.End-e.Start
	if from < 0 || to > len(e.Evidence) || from > to {
		return ""
	}
	return e.Evidence[from:to]
}

// quantitySets remembers the quantities of events that have gathered many, by their start,
// so that folding thousands of reports into one event does not compare every pair.
type quantitySets map[int]map[int]bool

// smallQuantities is how many quantities an event holds before they are remembered in a set.
const smallQuantities = 16

// add appends to *dst, the quantities of event i, those of src it does not hold yet.
func (qs quantitySets) add(i int, dst *[]annals.Quantity, src []annals.Quantity) {
	if len(src) == 0 {
		return
	}
	set := qs[i]
	if set == nil && len(*dst)+len(src) > smallQuantities {
		set = make(map[int]bool, len(*dst)+len(src))
		for _, d := range *dst {
			set[d.Start] = true
		}
		qs[i] = set
	}
	if set == nil {
		*dst = appendQuantities(*dst, src)
		return
	}
	for _, q := range src {
		if !set[q.Start] {
			set[q.Start] = true
			*dst = append(*dst, q)
		}
	}
}

func appendQuantities(dst, src []annals.Quantity) []annals.Quantity {
	for _, q := range src {
		dup := false
		for _, d := range dst {
			if d.Start == q.Start {
				dup = true
			}
		}
		if !dup {
			dst = append(dst, q)
		}
	}
	return dst
}

// finer reports whether location a is more precise than b: any place beats none, and a town
// or region beats a country.
func finer(a, b *annals.Location) bool {
	if a == nil {
		return false
	}
	if b == nil {
		return true
	}
	country := func(l *annals.Location) bool { return strings.HasPrefix(l.Feature, "PCL") }
	return country(b) && !country(a)
}

// sameDay reports whether two records of one article can be one event by their dates: the
// same date, or one of them dated only by the publication date.
func sameDay(a, b *annals.Event) bool {
	return a.Date == b.Date || a.DateSource == "published" || b.DateSource == "published"
}

// sameActor reports whether two sources name the same actor: the same code, or the same
// country where one of them has no role ("the Azerbaijani incursion" and "Azerbaijani troops").
func sameActor(a, b *annals.Actor) bool {
	if code(a) == code(b) {
		return true
	}
	if a == nil || b == nil || a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.Role == "" || b.Role == ""
}

func code(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}
