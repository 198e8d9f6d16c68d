package evaluate

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/acled"
	"github.com/annals-org/annals/gazetteer"
)

// ACLED event types, and "none" for a note with no mapped event.
var acledTypes = []string{acled.Battles, acled.Explosions, acled.Violence, acled.Riots, acled.Protests, acled.Strategic, "none"}

// ACLEDType maps a CAMEO code to an ACLED event type, exactly as shared/bench/README.md
// states the mapping (acled.TypeOf); "" for verbal events.
func ACLEDType(code string) string { return acled.TypeOf(code) }

// NoteType is the predicted ACLED type of a note: the type of its main event (mainEvent)
// among those the CAMEO mapping types, or "none".
func NoteType(events []annals.Event) string {
	t, _ := noteEvent(events)
	return t
}

// noteEvent returns the note's type and the event that decided it (nil for "none").
func noteEvent(events []annals.Event) (string, *annals.Event) {
	e := mainEvent(events, func(e *annals.Event) bool { return ACLEDType(e.CAMEO) != "" })
	if e == nil {
		return "none", nil
	}
	return ACLEDType(e.CAMEO), e
}

type acledNote struct {
	benchArticle
	Gold []struct {
		EventType    string      `json:"event_type"`
		SubEventType string      `json:"sub_event_type"`
		EventDate    string      `json:"event_date"`
		ISO3         string      `json:"iso3"`
		Latitude     json.Number `json:"latitude"`
		Longitude    json.Number `json:"longitude"`
		GeoPrecision json.Number `json:"geo_precision"`
		Fatalities   json.Number `json:"fatalities"`
	} `json:"gold"`
}

// ACLED scores the ACLED dev notes at path: type accuracy and macro-F1 over the six types.
func ACLED(path string, code Coder, w, misses io.Writer) ([]Metric, error) {
	notes, err := readJSONL[acledNote](path)
	if err != nil {
		return nil, err
	}
	t := acledTally{conf: NewConfusion(acledTypes...), field: NewConfusion(acledTypes...), dateSources: map[string]int{}}
	for _, n := range notes {
		if len(n.Gold) == 0 {
			continue
		}
		events := code(n.article())
		typ, decider := noteEvent(events)
		t.addTypes(n, events, typ, misses)
		t.addFatalities(n, events)
		t.addPlaces(n, events)
		t.addDate(n, decider)
	}
	return t.report(w, path, len(notes)), nil
}

// acledTally sums the ACLED figures over the notes: what, how many killed, where and when.
type acledTally struct {
	conf, field           *Confusion
	deadly, rightDead     int
	dated, rightDate      int
	dateSources           map[string]int
	precise, near25       int
	located, rightCountry int
	bands                 confidenceBands
}

// addTypes scores the note's type twice, typ from the CAMEO mapping of its main event (conf)
// and the type of the acled field (field), against the type of its first gold row; every event
// with an ACLED type goes into the confidence bands, right when a gold row has its type.
func (t *acledTally) addTypes(n acledNote, events []annals.Event, typ string, misses io.Writer) {
	for i := range events {
		if et := ACLEDType(events[i].CAMEO); et != "" {
			right := false
			for _, g := range n.Gold {
				right = right || g.EventType == et
			}
			t.bands.add(&events[i], right)
		}
	}
	t.conf.Add(n.Gold[0].EventType, typ)
	ftyp := "none"
	if fe := fieldEvent(events); fe != nil {
		ftyp = fe.ACLED.EventType
	}
	t.field.Add(n.Gold[0].EventType, ftyp)
	if ftyp != n.Gold[0].EventType {
		writeMiss(misses, "acled", n.ID, n.Gold[0].EventType+" / "+n.Gold[0].SubEventType, fieldLabel(events), n.Text)
	}
}

// addFatalities scores the notes that report deaths: the killed of the events against the sum
// over the note's rows.
func (t *acledTally) addFatalities(n acledNote, events []annals.Event) {
	dead := int64(0)
	for _, g := range n.Gold {
		f, _ := g.Fatalities.Int64()
		dead += f
	}
	if dead > 0 {
		t.deadly++
		if int64(killedOf(events)) == dead {
			t.rightDead++
		}
	}
}

// addPlaces scores where: any located event of the note within 25 km of a gold point given to
// the exact town (geo_precision 1); and the country of the located events.
func (t *acledTally) addPlaces(n acledNote, events []annals.Event) {
	hasPrecise, hit, country := false, false, false
	for _, g := range n.Gold {
		glat, err1 := g.Latitude.Float64()
		glon, err2 := g.Longitude.Float64()
		prec, _ := g.GeoPrecision.Int64()
		for _, ev := range events {
			if ev.Location == nil {
				continue
			}
			if ev.Territory == g.ISO3 || ev.Location.Country == g.ISO3 {
				country = true
			}
			if prec == 1 && err1 == nil && err2 == nil && gazetteer.DistanceKm(ev.Location.Lat, ev.Location.Lon, glat, glon) <= 25 {
				hit = true
			}
		}
		if prec == 1 {
			hasPrecise = true
		}
	}
	if hasPrecise {
		t.precise++
		if hit {
			t.near25++
		}
	}
	for _, ev := range events {
		if ev.Location != nil {
			t.located++
			if country {
				t.rightCountry++
			}
			break
		}
	}
}

// addDate scores when: the date of e, the event that decided the note's type, against the gold
// event dates. A note without such an event (e == nil) is not counted.
func (t *acledTally) addDate(n acledNote, e *annals.Event) {
	if e == nil {
		return
	}
	t.dated++
	t.dateSources[e.DateSource]++
	for _, g := range n.Gold {
		if g.EventDate == e.Date {
			t.rightDate++
			break
		}
	}
}

// report prints the figures of the notes notes read from path and returns them.
func (t *acledTally) report(w io.Writer, path string, notes int) []Metric {
	fmt.Fprintf(w, "ACLED dev notes (%s): %d notes\n", path, notes)
	t.conf.Print(w)
	date := fraction(t.rightDate, t.dated)
	m := []Metric{{"acled.type_accuracy", t.conf.Accuracy()}, {"acled.macro_f1", t.conf.MacroF1()}, {"acled.date_accuracy", date},
		{"acled.located_25km", fraction(t.near25, t.precise)}, {"acled.location_country", fraction(t.rightCountry, t.located)},
		{"acled.field_macro_f1", t.field.MacroF1()}, {"acled.fatalities_exact", fraction(t.rightDead, t.deadly)}}
	fmt.Fprintf(w, "  accuracy %.3f, macro-F1 %.3f\n", m[0].Value, m[1].Value)
	fmt.Fprintf(w, "  event date = ACLED event_date for %.3f of the %d notes that yield an event (date sources: %v)\n", date, t.dated, t.dateSources)
	fmt.Fprintf(w, "  an event located within 25 km of the gold point for %.3f of the %d notes with geo_precision 1; located in the gold country for %.3f of %d located notes\n\n",
		fraction(t.near25, t.precise), t.precise, fraction(t.rightCountry, t.located), t.located)
	fmt.Fprintf(w, "  from the acled field: type accuracy %.3f, macro-F1 %.3f; killed = the rows' fatalities for %.3f of the %d notes that report deaths\n",
		t.field.Accuracy(), t.field.MacroF1(), fraction(t.rightDead, t.deadly), t.deadly)
	t.bands.print(w, "events with an ACLED type; right: a gold type of the note")
	fmt.Fprintln(w)
	return append(m, t.bands.metrics("acled")...)
}

// caseCoarse maps the CASE 2021 labels to ACLED types ("none" for the five non-ACLED labels).
var caseCoarse = map[string]string{
	"ARMED_CLASH": "Battles", "GOV_REGAINS_TERIT": "Battles", "NON_STATE_ACTOR_OVERTAKES_TER": "Battles",
	"AIR_STRIKE": "Explosions/Remote violence", "ART_MISS_ATTACK": "Explosions/Remote violence", "CHEM_WEAP": "Explosions/Remote violence",
	"GRENADE": "Explosions/Remote violence", "REM_EXPLOS": "Explosions/Remote violence", "SUIC_BOMB": "Explosions/Remote violence",
	"ATTACK": "Violence against civilians", "ABDUCT_DISSAP": "Violence against civilians", "SEX_VIOL": "Violence against civilians",
	"MOB_VIOL": "Riots", "VIOL_DEMONSTR": "Riots",
	"PEACE_PROTEST": "Protests", "PROTEST_WITH_INTER": "Protests", "FORCE_AGAINST_PROTEST": "Protests",
	"AGREEMENT": "Strategic developments", "ARREST": "Strategic developments", "CHANGE_TO_GROUP_ACT": "Strategic developments",
	"DISR_WEAP": "Strategic developments", "HQ_ESTABLISHED": "Strategic developments", "NON_VIOL_TERRIT_TRANSFER": "Strategic developments",
	"OTHER": "Strategic developments", "PROPERTY_DISTRUCT": "Strategic developments",
	"DIPLO": "none", "ATTRIB": "none", "ORG_CRIME": "none", "NATURAL_DISASTER": "none", "MAN_MADE_DISASTER": "none",
}

type caseSnippet struct {
	benchArticle
	Label string `json:"label"`
}

// CASE scores the CASE 2021 dev snippets at path at the coarse (ACLED type) level.
func CASE(path string, code Coder, w, misses io.Writer) ([]Metric, error) {
	snips, err := readJSONL[caseSnippet](path)
	if err != nil {
		return nil, err
	}
	conf := NewConfusion(acledTypes...)
	fine := NewConfusion(caseFineClasses()...)
	nonACLED, nonACLEDNone := 0, 0
	var bands confidenceBands
	for _, s := range snips {
		gold, ok := caseCoarse[s.Label]
		if !ok {
			return nil, fmt.Errorf("%s: %s: unknown label %q", path, s.ID, s.Label)
		}
		events := code(s.article())
		for i := range events {
			if t := ACLEDType(events[i].CAMEO); t != "" {
				bands.add(&events[i], t == gold)
			}
		}
		fineGold, finePred := caseFineGold(s.Label), caseFinePred(events)
		fine.Add(fineGold, finePred)
		if fineGold != finePred {
			writeMiss(misses, "case", s.ID, s.Label, fieldLabel(events), s.Text)
		}
		pred := NoteType(events)
		if gold == "none" {
			nonACLED++
			if pred == "none" {
				nonACLEDNone++
			}
			continue
		}
		conf.Add(gold, pred)
	}
	fmt.Fprintf(w, "CASE 2021 dev snippets (%s): %d snippets\n", path, len(snips))
	conf.Print(w)
	share := 0.0
	if nonACLED > 0 {
		share = float64(nonACLEDNone) / float64(nonACLED)
	}
	m := []Metric{{"case.type_accuracy", conf.Accuracy()}, {"case.macro_f1", conf.MacroF1()}, {"case.non_acled_none", share},
		{"case.fine_accuracy", fine.Accuracy()}, {"case.fine_weighted_f1", fine.WeightedF1()}}
	fmt.Fprintf(w, "  accuracy %.3f, macro-F1 %.3f; non-ACLED labels predicted none: %.3f (%d/%d)\n", m[0].Value, m[1].Value, share, nonACLEDNone, nonACLED)
	bands.print(w, "events with an ACLED type; right: the snippet's coarse label")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "CASE 2021 dev snippets, fine labels from the acled field (the five non-ACLED labels one class, %s, which a snippet without an acled field predicts):\n", nonACLEDClass)
	fine.Print(w)
	fmt.Fprintf(w, "  fine-label accuracy %.3f, weighted F1 %.3f\n\n", m[3].Value, m[4].Value)
	return append(m, bands.metrics("case")...), nil
}
