package rank_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/rank"
)

// ev is an event of a test: its trigger word (the first occurrence at or after from in the
// text), code, Goldstein value, status and actor codes.
type ev struct {
	trigger        string
	from           int
	code           string
	goldstein      float64
	status         annals.Status
	source, target string
}

// build makes the events of text, each in the sentence its trigger falls in (sentences end
// with ". ").
func build(t *testing.T, text string, evs []ev) []annals.Event {
	t.Helper()
	var out []annals.Event
	for _, e := range evs {
		i := strings.Index(text[e.from:], e.trigger)
		if i < 0 {
			t.Fatalf("trigger %q not in the text", e.trigger)
		}
		i += e.from
		sentence := strings.Count(text[:i], ". ")
		start := strings.LastIndex(text[:i], ". ") + 2
		if start == 1 {
			start = 0
		}
		end := strings.Index(text[i:], ".") + i + 1
		rec := annals.Event{
			Sentence: sentence, Start: start, End: end, Evidence: text[start:end], Trigger: annals.Span{Start: i, End: i + len(e.trigger)},
			Goldstein: e.goldstein, Status: e.status, CAMEO: e.code, QuadClass: quad(e.code),
		}
		if rec.Status == "" {
			rec.Status = annals.Asserted
		}
		if e.source != "" {
			rec.Source = &annals.Actor{Code: e.source, Role: e.source[max(0, len(e.source)-3):]}
		}
		if e.target != "" {
			rec.Target = &annals.Actor{Code: e.target}
		}
		out = append(out, rec)
	}
	return out
}

// quad is the CAMEO quad class of a code's root.
func quad(code string) int {
	switch {
	case code == "":
		return 0
	case code[:2] <= "05":
		return 1
	case code[:2] <= "09":
		return 2
	case code[:2] <= "14":
		return 3
	}
	return 4
}

func ranks(evs []annals.Event) []int {
	r := make([]int, len(evs))
	for i := range evs {
		r[i] = evs[i].Rank
	}
	return r
}

func TestRank(t *testing.T) {
	cues, err := rank.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		evs  []ev
		want []int // the rank of each event, in the order given
	}{{
		name: "a grievance after a cause word ranks after the protest",
		text: "Hundreds of students marched in the capital against the arrest of their union leader.",
		evs:  []ev{{trigger: "marched", goldstein: -6.5, source: "EDU"}, {trigger: "arrest", goldstein: -5, target: "EDU"}},
		want: []int{1, 2},
	}, {
		name: "a graver grievance still ranks after the act it caused",
		text: "Villagers blocked the highway on Tuesday to protest the killing of a farmer by soldiers.",
		evs:  []ev{{trigger: "blocked", goldstein: -6.5, source: "CVL"}, {trigger: "killing", goldstein: -10, source: "MIL", target: "CVL"}},
		want: []int{1, 2},
	}, {
		name: "an opening cause clause ranks after the act that follows the comma",
		text: "After gunmen ambushed a patrol near the border, troops raided three villages.",
		evs:  []ev{{trigger: "ambushed", goldstein: -10, source: "UAF", target: "MIL"}, {trigger: "raided", goldstein: -9, source: "MIL"}},
		want: []int{2, 1},
	}, {
		name: "an opening clause after a fronted date",
		text: "On Monday, hours after rebels shelled the airport, the army bombed their positions.",
		evs:  []ev{{trigger: "shelled", goldstein: -10, source: "REB"}, {trigger: "bombed", goldstein: -10, source: "MIL", target: "REB"}},
		want: []int{2, 1},
	}, {
		name: "an accusation ranks after the act it reports",
		text: "Armenia accused Azerbaijan of sending troops across the border on Wednesday.",
		evs: []ev{
			{trigger: "accused", code: "112", goldstein: -2, source: "ARM", target: "AZE"},
			{trigger: "sending", code: "192", goldstein: -9.5, source: "AZEMIL", target: "ARM"},
		},
		want: []int{2, 1},
	}, {
		name: "a claim ranks after the killing it reports, even a milder one",
		text: "The army said its soldiers arrested twelve fighters in the hills.",
		evs: []ev{
			{trigger: "said", code: "010", goldstein: 0, source: "MIL"},
			{trigger: "arrested", code: "173", goldstein: -5, source: "MIL", target: "REB"},
		},
		want: []int{2, 1},
	}, {
		name: "a demonstration before the grievance its sentence tells without a cue word",
		text: "Villagers whose houses were burned by soldiers marched to the governor's office.",
		evs: []ev{
			{trigger: "burned", code: "1712", goldstein: -9, source: "MIL", target: "CVL"},
			{trigger: "marched", code: "141", goldstein: -6.5, source: "CVL"},
		},
		want: []int{2, 1},
	}, {
		name: "troops marching into a village do not demonstrate",
		text: "Soldiers marched into the village and burned two houses.",
		evs: []ev{
			{trigger: "marched", code: "141", goldstein: -6.5, source: "MIL"},
			{trigger: "burned", code: "1712", goldstein: -9, source: "MIL"},
		},
		want: []int{2, 1},
	}, {
		name: "a protest is an act of its own, not a report of its grievance",
		text: "Farmers protested in the square over the seizure of their land by the army.",
		evs: []ev{
			{trigger: "protested", code: "141", goldstein: -6.5, source: "AGR"},
			{trigger: "seizure", code: "171", goldstein: -9.2, source: "MIL", target: "AGR"},
		},
		want: []int{1, 2},
	}, {
		name: "a verbal act without a material act after it keeps its place",
		text: "The minister accused the opposition of lying and then met the envoy.",
		evs: []ev{
			{trigger: "accused", code: "112", goldstein: -2, source: "GOV", target: "OPP"},
			{trigger: "met", code: "040", goldstein: 1, source: "GOV"},
		},
		want: []int{1, 2},
	}, {
		name: "force against the earlier event's source is the response",
		text: "Protesters blocked the main road into the city. Police fired tear gas at the protesters.",
		evs:  []ev{{trigger: "blocked", goldstein: -6.5, source: "PRO"}, {trigger: "fired", goldstein: -9, source: "COP", target: "PRO"}},
		want: []int{1, 2},
	}, {
		name: "a condemnation of the attacker is the response",
		text: "Russian missiles struck a power plant in the east. The foreign ministry condemned Russia.",
		evs:  []ev{{trigger: "struck", goldstein: -10, source: "RUSMIL", target: "UKR"}, {trigger: "condemned", goldstein: -2, source: "UKRGOV", target: "RUSMIL"}},
		want: []int{1, 2},
	}, {
		name: "what is asserted before what is planned or denied",
		text: "The government will expel two diplomats. It denied arming the rebels. Troops arrested a smuggler.",
		evs: []ev{
			{trigger: "expel", goldstein: -5, status: annals.Planned, source: "GOV"},
			{trigger: "arming", goldstein: 7, status: annals.Negated, source: "GOV"},
			{trigger: "arrested", goldstein: -5, source: "MIL"},
		},
		want: []int{2, 3, 1},
	}, {
		name: "the lead before the background, the graver act first in one sentence",
		text: "Rebels attacked a checkpoint and killed two guards. The rebels met elders last year.",
		evs: []ev{
			{trigger: "attacked", goldstein: -9, source: "REB", target: "MIL"},
			{trigger: "killed", goldstein: -10, source: "REB", target: "MIL"},
			{trigger: "met", goldstein: 1, source: "REB"},
		},
		want: []int{2, 1, 3},
	}, {
		name: "no cue word: both acts of one sentence stand, the graver first",
		text: "Soldiers shot a man and burned two houses in the village.",
		evs:  []ev{{trigger: "shot", goldstein: -10, source: "MIL"}, {trigger: "burned", goldstein: -9, source: "MIL"}},
		want: []int{1, 2},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := build(t, tt.text, tt.evs)
			cues.Rank(tt.text, evs)
			if diff := cmp.Diff(tt.want, ranks(evs)); diff != "" {
				t.Errorf("ranks (-want +got):\n%s", diff)
			}
		})
	}
}

// Ranks are a permutation of 1..n whatever the events, and a sentence of many events stays
// fast (each event looks back at a bounded number of its sentence's others).
func TestRankPermutation(t *testing.T) {
	cues, err := rank.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Rebels attacked troops after troops attacked rebels, ", 2000) + "."
	var evs []annals.Event
	for i := 0; ; {
		j := strings.Index(text[i:], "attacked")
		if j < 0 {
			break
		}
		i += j
		evs = append(evs, annals.Event{Trigger: annals.Span{Start: i, End: i + 8}, End: len(text), Status: annals.Asserted,
			Source: &annals.Actor{Code: "REB"}, Target: &annals.Actor{Code: "MIL"}})
		i += 8
	}
	cues.Rank(text, evs)
	seen := make([]bool, len(evs)+1)
	for _, e := range evs {
		if e.Rank < 1 || e.Rank > len(evs) || seen[e.Rank] {
			t.Fatalf("rank %d of %d events repeated or out of range", e.Rank, len(evs))
		}
		seen[e.Rank] = true
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"sideways\tafter\n", `rank/cues.tsv:1: kind: unknown kind "sideways"`},
		{"between\tAfter\n", `rank/cues.tsv:1: phrase: "After" is not lower-case`},
		{"between\n", `rank/cues.tsv:1: want 2 tab-separated fields, have 1`},
	} {
		_, err := rank.Load(fstest.MapFS{"rank/cues.tsv": {Data: []byte(tt.file)}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q) = %v, want an error containing %q", tt.file, err, tt.want)
		}
	}
}
