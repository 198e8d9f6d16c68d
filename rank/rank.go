package rank

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/linefile"
)

// Cues are the phrases that mark an event as another's cause or grievance.
type Cues struct {
	between [][]string // between an earlier trigger and a later one: the later is the cause
	opening [][]string // in an opening clause: its event is the cause of the one after it
}

// cuesFile is the dictionary Load reads.
const cuesFile = "rank/cues.tsv"

// Load reads the cues of fsys's rank/cues.tsv.
func Load(fsys fs.FS) (*Cues, error) {
	c := &Cues{}
	err := linefile.ReadFS(fsys, cuesFile, 2, 2, func(l linefile.Line) error {
		words := strings.Fields(l.Fields[1])
		for _, w := range words {
			if strings.ToLower(w) != w {
				return l.Errorf("phrase", "%q is not lower-case", w)
			}
		}
		switch l.Fields[0] {
		case "between":
			c.between = append(c.between, words)
		case "opening":
			c.opening = append(c.opening, words)
		default:
			return l.Errorf("kind", "unknown kind %q (want between or opening)", l.Fields[0])
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rank: %w", err)
	}
	return c, nil
}

// lookBack bounds the earlier events of its sentence an event is compared with, so that a
// sentence of thousands of events stays linear.
const lookBack = 8

// Rank sets the Rank of every event of one article (text is the article's text, into which
// the events' offsets point): 1 for the report's main event, then the others in order.
func (c *Cues) Rank(text string, evs []annals.Event) {
	if len(evs) == 0 {
		return
	}
	order := textOrder(evs) // which the rules below read
	demoted := make([]bool, len(evs))
	c.markCauses(evs, order, demoted)
	markReports(evs, order, demoted)
	markResponses(evs, order, demoted)
	markAroundProtests(evs, order, demoted)
	slices.SortStableFunc(order, func(a, b int) int {
		ea, eb := &evs[a], &evs[b]
		return cmp.Or(
			cmp.Compare(statusTier(ea.Status), statusTier(eb.Status)),
			cmp.Compare(boolInt(demoted[a]), boolInt(demoted[b])),
			cmp.Compare(ea.Sentence, eb.Sentence),
			cmp.Compare(ea.Goldstein, eb.Goldstein),
			cmp.Compare(ea.Trigger.Start, eb.Trigger.Start),
		)
	})
	for r, i := range order {
		evs[i].Rank = r + 1
	}
}

// statusTier puts what the report asserts first, then what it plans or supposes, then what
// it denies or recalls.
func statusTier(s annals.Status) int {
	switch s {
	case annals.Asserted:
		return 0
	case annals.Negated, annals.Historical:
		return 2
	}
	return 1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Causes reports, for each event, whether it is the cause, grievance or background of
// another event of its sentence by the cues (see markCauses): "protested against the
// arrest of", "after gunmen ambushed a patrol, troops ...". It reads only the events'
// evidence sentences, so that a caller without the article's text (package acled) can tell
// a report's own act from the one it answers.
func (c *Cues) Causes(evs []annals.Event) []bool {
	order := textOrder(evs)
	demoted := make([]bool, len(evs))
	c.markCauses(evs, order, demoted)
	return demoted
}

// textOrder returns the indices of evs in text order: by sentence, then by trigger.
func textOrder(evs []annals.Event) []int {
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(evs[a].Sentence, evs[b].Sentence), cmp.Compare(evs[a].Trigger.Start, evs[b].Trigger.Start))
	})
	return order
}

// markCauses demotes, within each sentence, an event a between-cue introduces after an
// earlier event, and an event of an opening cause clause that a comma closes before a later
// event. order is the events in text order. It reads the evidence sentences (an event's
// Evidence is the article's text from Start to End).
func (c *Cues) markCauses(evs []annals.Event, order []int, demoted []bool) {
	for k, i := range order {
		e := &evs[i]
		for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
			f := &evs[order[j]]
			if f.Sentence != e.Sentence {
				break
			}
			if f.Trigger.End > e.Trigger.Start {
				continue
			}
			gap, ok := within(e, f.Trigger.End, e.Trigger.Start)
			if !ok {
				continue
			}
			if containsAny(gap, c.between) {
				demoted[i] = true
			}
			if strings.IndexByte(gap, ',') >= 0 && c.opensCause(f) {
				demoted[order[j]] = true
			}
		}
	}
}

// within returns the article's text from byte start to end, read from e's evidence
// sentence; false when the span is not inside it.
func within(e *annals.Event, start, end int) (string, bool) {
	if start < e.Start || end > e.End || start > end || e.End-e.Start != len(e.Evidence) {
		return "", false
	}
	return e.Evidence[start-e.Start : end-e.Start], true
}

// opensCause reports whether f's trigger stands in a clause an opening cue begins: the cue
// before the trigger in f's sentence with no comma between them.
func (c *Cues) opensCause(f *annals.Event) bool {
	before, ok := within(f, f.Start, f.Trigger.Start)
	if !ok {
		return false
	}
	if i := strings.LastIndexByte(before, ','); i >= 0 {
		// Only the clause the trigger stands in counts; a comma may close a fronted date
		// ("On Monday, after gunmen ambushed ...") before the cause clause opens.
		before = before[i+1:]
	}
	return startsWithAny(before, c.opening)
}

// markReports demotes, within each sentence, a verbal event (CAMEO roots 01 to 13: said,
// accused, demanded, condemned) that a material act asserted later in the sentence follows:
// the act is what the sentence reports ("Armenia accused Azerbaijan of sending troops", "the
// army said it killed 20 fighters"). A protest (root 14) is an act of its own.
func markReports(evs []annals.Event, order []int, demoted []bool) {
	for k, i := range order {
		e := &evs[i]
		if !material(e) || e.Status != annals.Asserted {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
			f := &evs[order[j]]
			if f.Sentence != e.Sentence {
				break
			}
			if verbal(f) {
				demoted[order[j]] = true
			}
		}
	}
}

// material reports whether e is a material act: CAMEO quad classes 2 (material
// cooperation) and 4 (material conflict).
func material(e *annals.Event) bool { return e.QuadClass == 2 || e.QuadClass == 4 }

// verbal reports whether e is a verbal act other than a protest: CAMEO roots 01 to 13.
func verbal(e *annals.Event) bool {
	return len(e.CAMEO) >= 2 && e.CAMEO[:2] <= "13" && (e.QuadClass == 1 || e.QuadClass == 3)
}

// markAroundProtests demotes, within each sentence that tells an asserted demonstration
// (CAMEO 140 to 144), the sentence's other material acts: what a demonstration is about ("followers of
// a cleric who was arrested protested", "workers protested after police confiscated their
// trucks") or how it went (a road blocked, police dispersing it) is part of the protest, which
// ACLED codes as the event. order is the events in text order.
func markAroundProtests(evs []annals.Event, order []int, demoted []bool) {
	for k := 0; k < len(order); {
		end := k
		protest := false
		for end < len(order) && evs[order[end]].Sentence == evs[order[k]].Sentence {
			if e := &evs[order[end]]; demonstration(e) && e.Status == annals.Asserted {
				protest = true
			}
			end++
		}
		if protest {
			for _, i := range order[k:end] {
				if !demonstration(&evs[i]) && material(&evs[i]) {
					demoted[i] = true
				}
			}
		}
		k = end
	}
}

// demonstration reports whether e is a demonstration a crowd holds (CAMEO 140 to 144, by no
// armed force: troops that "marched into" a town do not demonstrate); a riot (145) is coded
// also from violence by civilians that no demonstration frames.
func demonstration(e *annals.Event) bool {
	if e.Source != nil && armedRoles[e.Source.Role] {
		return false
	}
	return strings.HasPrefix(e.CAMEO, "14") && !strings.HasPrefix(e.CAMEO, "145")
}

// armedRoles are the CAMEO roles of armed forces: military, police, rebels, insurgents,
// separatists, unidentified armed forces.
var armedRoles = map[string]bool{"MIL": true, "COP": true, "REB": true, "INS": true, "SEP": true, "UAF": true}

// markResponses demotes an event aimed at the source of an earlier event: the response to
// an act (police firing at the protesters who blocked a road, a ministry condemning the
// state that struck). An earlier event already marked a cause is no act to respond to: the
// event it caused is the act. order is the events in text order.
func markResponses(evs []annals.Event, order []int, demoted []bool) {
	firstBy := map[string]int{} // source code -> the first event (index into evs) it leads
	for _, i := range order {
		e := &evs[i]
		if e.Target != nil && e.Target.Code != "" {
			// Within one sentence the earlier event is rather the report of this one
			// ("Armenia accused Azerbaijan of sending troops"): see markReports.
			if f, ok := firstBy[e.Target.Code]; ok && evs[f].Sentence < e.Sentence && !demoted[f] && !sameActor(evs[f].Source, e.Source) {
				demoted[i] = true
			}
		}
		if e.Source != nil && e.Source.Code != "" {
			if _, ok := firstBy[e.Source.Code]; !ok {
				firstBy[e.Source.Code] = i
			}
		}
	}
}

func sameActor(a, b *annals.Actor) bool {
	return a != nil && b != nil && a.Code != "" && a.Code == b.Code
}

// containsAny reports whether one of phrases occurs in s as whole words, ignoring case.
func containsAny(s string, phrases [][]string) bool {
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w < 0 {
			return false
		}
		for _, p := range phrases {
			if matchAt(s, w, p) {
				return true
			}
		}
		i = next
	}
	return false
}

// startsWithAny reports whether s's first words are one of phrases, ignoring case.
func startsWithAny(s string, phrases [][]string) bool {
	w, _ := nextWord(s, 0)
	if w < 0 {
		return false
	}
	for _, p := range phrases {
		if matchAt(s, w, p) {
			return true
		}
	}
	return false
}

// matchAt reports whether the words of s from byte i are phrase's words.
func matchAt(s string, i int, phrase []string) bool {
	for _, pw := range phrase {
		w, next := nextWord(s, i)
		if w < 0 || next-w != len(pw) || !strings.EqualFold(s[w:next], pw) {
			return false
		}
		i = next
	}
	return true
}

// nextWord returns the bounds of the first word of s at or after byte i (letters, digits
// and inner apostrophes or hyphens), or -1 when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, len(s)
	}
	start = i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && !(r == '\'' || r == '-') {
			break
		}
		i += n
	}
	return start, i
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
