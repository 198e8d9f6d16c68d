package actor_test

import (
	"sync"
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
	"github.com/google/go-cmp/cmp"
)

var (
	setupOnce sync.Once
	setupAn   *text.Analyzer
	setupDict *actor.Dictionary
	setupErr  error
)

// load returns an analyzer and the actor dictionary of dict.FS, loaded once.
func load(tb testing.TB) (*text.Analyzer, *actor.Dictionary) {
	tb.Helper()
	setupOnce.Do(func() {
		lx, err := text.LoadLexicon(dict.FS)
		if err != nil {
			setupErr = err
			return
		}
		setupAn = text.NewAnalyzer(lx)
		setupDict, setupErr = actor.Load(dict.FS, setupAn)
	})
	if setupErr != nil {
		tb.Fatalf("loading the dictionaries of dict.FS: %v", setupErr)
	}
	return setupAn, setupDict
}

func TestLoadDict(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatalf("LoadLexicon(dict.FS): %v", err)
	}
	d, err := actor.Load(dict.FS, text.NewAnalyzer(lx))
	if err != nil {
		t.Fatalf("Load(dict.FS): %v", err)
	}
	if d == nil {
		t.Fatal("Load(dict.FS) = nil, nil")
	}
}

// mention is the part of an actor.Mention the tests compare.
type mention struct {
	Sentence   int
	Text       string
	Code       string
	Country    string
	Role       string
	Head       actor.Kind
	Locative   bool
	Possessive bool
}

func TestFind(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	day := time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		in        string
		published time.Time
		want      []mention
	}{
		{
			name: "country adjective and role",
			in:   "Azerbaijani troops crossed the border.",
			want: []mention{{Text: "Azerbaijani troops", Code: "AZEMIL", Country: "AZE", Role: "MIL", Head: actor.KRole}},
		},
		{
			name: "a role word used as an adjective is no actor",
			in:   "Britain promised military aid and cut official contact.",
			want: []mention{{Text: "Britain", Code: "GBR", Country: "GBR", Head: actor.KName}},
		},
		{
			name: "a post stands for the military that holds it",
			in:   "Gunmen attacked a military post.",
			want: []mention{{Text: "Gunmen", Code: "UAF", Role: "UAF", Head: actor.KRole}, {Text: "military", Code: "MIL", Role: "MIL", Head: actor.KRole}},
		},
		{
			name: "possessive country, title and leader",
			in:   "Russia's Foreign Minister Sergei Lavrov met the press.",
			want: []mention{{Text: "Russia's Foreign Minister Sergei Lavrov", Code: "RUSGOV", Country: "RUS", Role: "GOV", Head: actor.KPerson}},
		},
		{
			name:      "leader out of office: the title and the country word still code the person",
			in:        "Russia's Foreign Minister Sergei Lavrov met the press.",
			published: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC),
			want:      []mention{{Text: "Russia's Foreign Minister Sergei Lavrov", Code: "RUSGOV", Country: "RUS", Role: "GOV", Head: actor.KPerson}},
		},
		{
			name: "coordinated country adjectives share the role",
			in:   "Hungarian and Romanian officials agreed to reopen the crossing.",
			want: []mention{
				{Text: "Hungarian", Code: "HUNGOV", Country: "HUN", Role: "GOV", Head: actor.KRole},
				{Text: "Romanian officials", Code: "ROUGOV", Country: "ROU", Role: "GOV", Head: actor.KRole},
			},
		},
		{
			name: "a headline's ampersand joins conjuncts like and",
			in:   "Chile's police & soldiers fired tear gas at miners.",
			want: []mention{
				{Text: "Chile's police", Code: "CHLCOP", Country: "CHL", Role: "COP", Head: actor.KRole},
				{Text: "soldiers", Code: "CHLMIL", Country: "CHL", Role: "MIL", Head: actor.KRole},
				{Text: "miners", Code: "LAB", Role: "LAB", Head: actor.KRole},
			},
		},
		{
			name: "UN organ",
			in:   "The UN Security Council met on Friday.",
			want: []mention{{Text: "UN Security Council", Code: "IGOUNO", Role: "IGO", Head: actor.KOrg}},
		},
		{
			name: "U.N. organ",
			in:   "The U.N. Security Council condemned the shelling.",
			want: []mention{{Text: "U.N. Security Council", Code: "IGOUNO", Role: "IGO", Head: actor.KOrg}},
		},
		{
			name: "capital after a locative preposition",
			in:   "Talks were held in Baku on Monday.",
			want: []mention{{Text: "Baku", Code: "AZE", Country: "AZE", Head: actor.KCapital, Locative: true}},
		},
		{
			name: "capital as the subject",
			in:   "Baku said the talks had failed.",
			want: []mention{{Text: "Baku", Code: "AZE", Country: "AZE", Head: actor.KCapital}},
		},
		{
			name: "possessive country name",
			in:   "Armenia's border was closed.",
			want: []mention{{Text: "Armenia", Code: "ARM", Country: "ARM", Head: actor.KName, Possessive: true}},
		},
		{
			name: "metonym, and a role phrase repeated in the next sentence",
			in:   "The Kremlin said Armenia's Defense Ministry had lied. The Defense Ministry denied it.",
			want: []mention{
				{Text: "Kremlin", Code: "RUSGOV", Country: "RUS", Role: "GOV", Head: actor.KMetonym},
				{Text: "Armenia's Defense Ministry", Code: "ARMGOV", Country: "ARM", Role: "GOV", Head: actor.KRole},
				{Sentence: 1, Text: "Defense Ministry", Code: "ARMGOV", Country: "ARM", Role: "GOV", Head: actor.KRole},
			},
		},
		{
			name: "surname alone after the full name",
			in:   "Prime Minister Nikol Pashinyan spoke first. Pashinyan said the border was calm.",
			want: []mention{
				{Text: "Prime Minister Nikol Pashinyan", Code: "ARMGOV", Country: "ARM", Role: "GOV", Head: actor.KPerson},
				{Sentence: 1, Text: "Pashinyan", Code: "ARMGOV", Country: "ARM", Role: "GOV", Head: actor.KPerson},
			},
		},
		{
			name: "armed group",
			in:   "The Taliban seized the town.",
			want: []mention{{Text: "Taliban", Code: "AFGREB", Country: "AFG", Role: "REB", Head: actor.KGroup}},
		},
		{
			name: "bare roles",
			// A place phrase right after a bare role gives it a country.
			in: "Police detained protesters in Yerevan.",
			want: []mention{
				{Text: "Police", Code: "COP", Role: "COP", Head: actor.KRole},
				{Text: "protesters", Code: "ARMCVL", Country: "ARM", Role: "CVL", Head: actor.KRole},
				{Text: "Yerevan", Code: "ARM", Country: "ARM", Head: actor.KCapital, Locative: true},
			},
		},
		{
			name: "acronyms match only in capitals",
			in:   "NATO said the US would not help us.",
			want: []mention{
				{Text: "NATO", Code: "IGONAT", Role: "IGO", Head: actor.KOrg},
				{Text: "US", Code: "USA", Country: "USA", Head: actor.KName},
			},
		},
		{
			name: "no actors",
			in:   "It rained all day.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := day
			if !tt.published.IsZero() {
				published = tt.published
			}
			doc := an.Analyze(tt.in)
			var got []mention
			for _, m := range finder.Find(doc, published) {
				if m.Start < 0 || m.Start >= m.End || m.End > len(doc.Text) || m.Tok < 0 || m.Tok >= m.TokEnd || m.TokEnd > len(doc.Tokens) {
					t.Fatalf("mention %+v: offsets out of range", m)
				}
				if m.Start != doc.Tokens[m.Tok].Start || m.End != doc.Tokens[m.TokEnd-1].End {
					t.Errorf("mention %+v: byte offsets do not match its tokens", m)
				}
				if m.Where == "" {
					t.Errorf("mention %+v: no dictionary entry in Where", m)
				}
				got = append(got, mention{
					Sentence: m.Sentence, Text: doc.Text[m.Start:m.End], Code: m.Code, Country: m.Country, Role: m.Role,
					Head: m.Head, Locative: m.Locative, Possessive: m.Possessive,
				})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
