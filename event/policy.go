package event

import (
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/cameo"
)

// WorthRecord reports whether an event is worth a record. Every event is but a statement
// (CAMEO 01x), which needs a speaker the reader can identify and something a user can filter
// on: a content code (a pessimistic comment, a denial, 011-019) or an identified actor it is
// addressed to or about. Nearly every sentence of news has a "said"; a plain 010 by "police"
// or "officials", or to "reporters", tells nothing the sentence's other events do not.
func WorthRecord(e *Event) bool {
	if e.Code.Root() != "01" {
		return true
	}
	if !Identified(e.Source) || feeling(e) {
		return false
	}
	return e.Code != "010" || Identified(e.Target) && !audience[e.Target.Role]
}

// privateTrip reports a private person's journey coded as a visit (042) or its hosting (043):
// "the family travelled to Pakistan", "patients could not travel to the hospital", "students
// hosted their cousins". CAMEO's visit is a meeting of political actors; a civilian's,
// worker's or patient's trip to a place, a state or another private person is the background
// of a story. A visit to an office or a force ("farmers visited the ministry") stays.
func privateTrip(e *Event) bool {
	if e.Code != "042" && e.Code != "043" || e.Source == nil || !privateRoles[e.Source.Role] {
		return false
	}
	return e.Target == nil || e.Target.Role == "" || privateRoles[e.Target.Role]
}

// privateRoles are people who speak for no state or organisation: civilians, workers,
// doctors, students, farmers, businesspeople.
var privateRoles = map[string]bool{"CVL": true, "LAB": true, "HLH": true, "EDU": true, "AGR": true, "BUS": true}

// feeling reports a private person's hope or worry about no one in particular ("I am worried
// about my son", "residents fear the shelling will resume"): the colour of a story, not a
// comment a user filters on. An official's worry, or one aimed at an actor, stays.
func feeling(e *Event) bool {
	return (e.Code == "012" || e.Code == "013") && e.Source != nil && privateRoles[e.Source.Role] && !Identified(e.Target)
}

// audience roles are whom a statement is made to, not whom it concerns: "told reporters",
// "told the crowd".
var audience = map[string]bool{"MED": true, "CVL": true}

// Identified reports whether a mention names an actor a reader can tell: one with a country,
// a named person, or a named organisation, group or institution. A bare role ("police",
// "officials", "reporters", "the crowd") is not, until the article gives it a country.
func Identified(m *actor.Mention) bool {
	if m == nil {
		return false
	}
	if m.Country != "" || m.Person {
		return true
	}
	switch m.Head {
	case actor.KOrg, actor.KGroup, actor.KMetonym, actor.KPerson:
		return true
	}
	return false
}

// obligation recodes a plain statement whose reported clause lays a duty on another actor:
// "said Somalia must withdraw its troops", "said the protesters had no option but to
// surrender" demand it of them (100); "said Kenya should" appeals to Kenya (020). The actor
// the duty falls on is the target.
func (c *Coder) obligation(e *Event, v *sentenceView, h int) {
	if e.Code != "010" || e.Target != nil || !reporting[v.toks[h].Lemma] {
		return
	}
	subj := noMention
	for i := h + 1; i < v.end && i < h+24; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			return
		}
		if subj == noMention {
			if k, ok := v.startsAt[i]; ok {
				m := &v.mentions[k]
				if m.Locative || m.Possessive || v.afterPreposition(i) || e.Source != nil && m.Code == e.Source.Code {
					return // the reported clause opens with no other actor as its subject
				}
				subj, i = k, m.TokEnd-1
			}
			continue
		}
		if code := v.dutyAt(i); code != "" {
			e.Code, e.Info, e.Target = code, c.table.Lookup(code), v.mention(subj)
			return
		}
		if t.Tag.IsVerb() && !isAux(t.Lemma) && t.Lower != "going" {
			return // the subject's own verb: "said Somalia withdrew"
		}
	}
}

// dutyAt returns the code of an expression of duty starting at token i ("must", "has to",
// "is going to have to", "no option but to": a demand; "should", "ought to": an appeal), or "".
func (v *sentenceView) dutyAt(i int) cameo.Code {
	t := &v.toks[i]
	next := func(k int, w ...string) bool { return i+k < v.end && matchesWord(&v.toks[i+k], w) }
	switch {
	case t.Lower == "must", (t.Lemma == "have" || t.Lemma == "need") && next(1, "to"):
		return "100"
	case t.Lower == "no" && next(1, "option", "choice", "alternative") && next(2, "but") && next(3, "to"):
		return "100"
	case t.Lower == "should", t.Lower == "ought" && next(1, "to"):
		return "020"
	}
	return ""
}
