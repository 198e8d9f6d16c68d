package pipeline

import (
	"math"
	"strings"

	"github.com/annals-org/annals"
)

// The confidence of an event is the share of events with the same evidence that were right,
// rounded down, for the evidence a record carries about itself:
//
//   - who: both sides identified (a country, or an organisation's own code), the source
//     only, the target only, or neither; a bare role without a country ("police",
//     "officials") identifies no one;
//   - how the source governs the act: its words end within a few words before the trigger
//     ("Kenya expelled …", "Kenyan police on Tuesday arrested …"), and the trigger is the
//     act itself, not an infinitive, a progressive, a perfect or a passive (see direct);
//   - whether the act is verbal (a statement, appeal, accusation, protest: the verb names the
//     whole event and its speaker) or material (an attack, an arrest, an expulsion: what kind
//     of force, against whom and whether it is the report's act at all are read from more
//     words, and the same verb may be a fight, an assault or coercion); for a source alone,
//     a missing target of a material act is usually a coding error;
//   - the status: a hypothetical or historical event is right far less often.
//
// The values are set by hand from four sets rather than fitted to one: the 16 dev news pages
// (`annals eval news`: right = not a false positive, which checks the actors too) and the
// PLOVER, ACLED and CASE dev sets (`annals eval events`, which print the precision by band:
// right = the event's type is a gold type of its text, so the actors go unchecked there).
// The counts below are news, PLOVER, ACLED and CASE, at this writing. An event at 0.8 or
// more should be right nine times in ten on every set; a class is put there only when it is
// on each, and a class that is right on the news pages alone (material acts: 7 of 7, from 4
// pages, 3 of them from one) is not.
const (
	// Both sides, the source governs the asserted act directly, a verbal act ("Kenya
	// condemned Uganda"): 18/19, 88/95, 36/40, 4/5.
	confDirect = 0.90
	// The same for a material act ("Kenya expelled Uganda's envoy"): 7/7, 30/44, 138/177,
	// 25/44; right about three times in four.
	confDirectDeed         = 0.70
	confBoth               = 0.60 // both sides otherwise: 25/34, 67/93, 77/150, 43/78
	confSourceVerbalDirect = 0.65 // a speaker alone, whose verb the trigger is ("Kenya condemned"): 23/29, 46/64, 385/426, 10/21
	confSourceVerbal       = 0.50 // a speaker alone otherwise ("Kenya wants to condemn"): 4/9, 24/29, 9/17, 4/8
	confSourceAct          = 0.40 // an actor alone, in a material act: 8/19, 25/38, 369/663, 74/128
	confTargetOnly         = 0.40 // 6/13, 9/22, 115/201, 11/45
	// No actor identified: 0/2 on the news pages (0 of 32 before leadOnlyActorless), where
	// the actors are checked; the type alone is right about half the time elsewhere
	// (22/46, 509/751, 113/198), but a record without who did it is not a right record.
	confNoActor = 0.02
	// unsureStatus scales the confidence of a hypothetical or historical event: 2 of 16
	// right on the news pages where the same classes asserted were right about half the time
	// (counted before leadOnlyActorless kept them to the lead; none now), and by type 4/9,
	// 13/47 and 2/11 on PLOVER, ACLED and CASE.
	unsureStatus = 0.25
	// governs is the most bytes between the end of the source's words and the trigger for
	// the source to read as the act's subject ("Kenyan police on Tuesday arrested").
	governs = 40
)

// confidence rates how likely rec is right, from the evidence it carries (see above).
func confidence(rec *annals.Event) float64 {
	src, tgt := identified(rec.Source), identified(rec.Target)
	var c float64
	switch {
	case src && tgt && governed(rec) && rec.Status == annals.Asserted && direct(rec):
		c = confDirectDeed
		if verbal(rec.QuadClass) {
			c = confDirect
		}
	case src && tgt:
		c = confBoth
	case src && verbal(rec.QuadClass) && direct(rec):
		c = confSourceVerbalDirect
	case src && verbal(rec.QuadClass):
		c = confSourceVerbal
	case src:
		c = confSourceAct
	case tgt:
		c = confTargetOnly
	default:
		c = confNoActor
	}
	if rec.Status == annals.Hypothetical || rec.Status == annals.Historical {
		c *= unsureStatus
	}
	return math.Round(c*100) / 100
}

// identified reports an actor that names who acted: a country, or an organisation's code
// (IGOUNO, NGOAMN), not a bare role.
func identified(a *annals.Actor) bool {
	return a != nil && (a.Country != "" || len(a.Code) > 3)
}

// governed reports whether the source's words end shortly before the trigger.
func governed(rec *annals.Event) bool {
	gap := rec.Trigger.Start - rec.Source.End
	return gap >= 0 && gap <= governs
}

// direct reports whether the trigger is the act the source's words govern as a finite verb
// or a noun, with no auxiliary, infinitive marker or progressive between them: "Kenya
// expelled", "Kenya sharply criticised", "Israeli air strikes" report the act; "Kenya had
// expelled" (background), "Kenya wants to expel", "Kenya is expelling", "Kenya was accused"
// less often do. Adverbs between them do not count ("Kenya also expelled").
func direct(rec *annals.Event) bool {
	a, b := rec.Trigger.Start-rec.Start, rec.Trigger.End-rec.Start
	if a <= 0 || b > len(rec.Evidence) || a >= b {
		return false
	}
	if first, _ := wordAt(rec.Evidence, a); strings.HasSuffix(strings.ToLower(first), "ing") {
		return false
	}
	w, at := wordBefore(rec.Evidence, a)
	for w != "" && (strings.HasSuffix(w, "ly") || modifiers[w]) {
		w, at = wordBefore(rec.Evidence, at)
	}
	return w != "" && !auxiliaries[w]
}

// auxiliaries stand between a subject and a verb that is not its finite act.
var auxiliaries = map[string]bool{"to": true, "had": true, "has": true, "have": true, "'d": true, "is": true,
	"are": true, "was": true, "were": true, "been": true, "be": true, "being": true, "am": true}

// modifiers are adverbs without "-ly" that can stand between a subject and its verb.
var modifiers = map[string]bool{"also": true, "still": true, "already": true, "again": true, "long": true,
	"just": true, "then": true, "now": true, "later": true, "first": true, "never": true}

// wordBefore returns the lower-case word (letters and apostrophes) that ends before byte end of
// s, and where it starts; "" at the start of s.
func wordBefore(s string, end int) (string, int) {
	i := end
	for i > 0 && !wordByte(s[i-1]) {
		i--
	}
	j := i
	for j > 0 && wordByte(s[j-1]) {
		j--
	}
	return strings.ToLower(s[j:i]), j
}

// wordAt returns the word starting at byte start of s.
func wordAt(s string, start int) (string, int) {
	j := start
	for j < len(s) && wordByte(s[j]) {
		j++
	}
	return s[start:j], j
}

// wordByte reports the bytes of a word: ASCII letters, apostrophes and any byte of a
// non-ASCII letter.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c >= 0x80
}

// verbal reports the quad classes of words rather than deeds.
func verbal(quad int) bool { return quad == 1 || quad == 3 }
