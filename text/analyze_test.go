package text_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
	"github.com/google/go-cmp/cmp"
)

var (
	analyzerOnce sync.Once
	analyzerVal  *text.Analyzer
	analyzerErr  error
)

// analyzer returns an Analyzer over the embedded lexicon, loaded once for all tests.
func analyzer(tb testing.TB) *text.Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() {
		lx, err := text.LoadLexicon(dict.FS)
		if err != nil {
			analyzerErr = err
			return
		}
		analyzerVal = text.NewAnalyzer(lx)
	})
	if analyzerErr != nil {
		tb.Fatalf("LoadLexicon(dict.FS): %v", analyzerErr)
	}
	return analyzerVal
}

// checkDoc checks the invariants Analyze promises for every input: token and sentence
// offsets point into the text, tokens come in order and never span a line break, and the
// sentences partition the tokens without running across a line break.
func checkDoc(tb testing.TB, in string, d *text.Doc) {
	tb.Helper()
	if d.Text != in {
		tb.Fatalf("Doc.Text = %q, want the input %q", d.Text, in)
	}
	prevEnd := 0
	for i, tok := range d.Tokens {
		if tok.Start < 0 || tok.Start >= tok.End || tok.End > len(in) {
			tb.Fatalf("token %d %q: offsets [%d, %d) out of range for a text of %d bytes", i, tok.Text, tok.Start, tok.End, len(in))
		}
		if got := in[tok.Start:tok.End]; got != tok.Text {
			tb.Fatalf("token %d: text[%d:%d] = %q, want Token.Text %q", i, tok.Start, tok.End, got, tok.Text)
		}
		if tok.Start < prevEnd {
			tb.Fatalf("token %d %q starts at %d, before the previous token's end %d", i, tok.Text, tok.Start, prevEnd)
		}
		if gap := in[prevEnd:tok.Start]; strings.TrimSpace(gap) != "" {
			tb.Fatalf("text %q between tokens %d and %d is not white space: dropped from the tokens", gap, i-1, i)
		}
		if strings.ContainsRune(tok.Text, '\n') {
			tb.Fatalf("token %d %q spans a line break", i, tok.Text)
		}
		if tok.Tag == "" || tok.Lemma == "" || tok.Lower == "" {
			tb.Fatalf("token %d %q: Tag %q, Lemma %q, Lower %q: want all set", i, tok.Text, tok.Tag, tok.Lemma, tok.Lower)
		}
		prevEnd = tok.End
	}
	if rest := in[prevEnd:]; strings.TrimSpace(rest) != "" {
		tb.Fatalf("text %q after the last token is not white space: dropped from the tokens", rest)
	}
	next := 0
	for si, s := range d.Sentences {
		if s.Index != si {
			tb.Fatalf("sentence %d has Index %d", si, s.Index)
		}
		if len(s.Tokens) == 0 {
			tb.Fatalf("sentence %d is empty", si)
		}
		if s.First != next {
			tb.Fatalf("sentence %d: First = %d, want %d (sentences must cover the tokens in order)", si, s.First, next)
		}
		if s.First+len(s.Tokens) > len(d.Tokens) {
			tb.Fatalf("sentence %d: tokens [%d, %d) beyond the %d tokens of the doc", si, s.First, s.First+len(s.Tokens), len(d.Tokens))
		}
		for k := range s.Tokens {
			if s.Tokens[k] != d.Tokens[s.First+k] {
				tb.Fatalf("sentence %d token %d is %+v, want Doc.Tokens[%d] %+v", si, k, s.Tokens[k], s.First+k, d.Tokens[s.First+k])
			}
			if k > 0 && strings.ContainsRune(in[s.Tokens[k-1].End:s.Tokens[k].Start], '\n') {
				tb.Fatalf("sentence %d %q runs across a line break", si, d.SentenceText(&s))
			}
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			tb.Fatalf("sentence %d: [%d, %d), want [%d, %d) from its first and last tokens", si, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		next = s.First + len(s.Tokens)
	}
	if next != len(d.Tokens) {
		tb.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func sentenceTexts(d *text.Doc) []string {
	var out []string
	for i := range d.Sentences {
		out = append(out, d.SentenceText(&d.Sentences[i]))
	}
	return out
}

func tokenTexts(d *text.Doc) []string {
	var out []string
	for _, t := range d.Tokens {
		out = append(out, t.Text)
	}
	return out
}

func TestAnalyzeSentences(t *testing.T) {
	an := analyzer(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "U.S. inside a sentence",
			in:   "The U.S. Embassy issued a warning. Staff were told to leave.",
			want: []string{"The U.S. Embassy issued a warning.", "Staff were told to leave."},
		},
		{
			name: "U.S. ends a sentence before a pronoun",
			in:   "The delegation flew back to the U.S. They will return in June.",
			want: []string{"The delegation flew back to the U.S.", "They will return in June."},
		},
		{
			name: "U.N.",
			in:   "The U.N. envoy arrived in Baku on Tuesday. He met the foreign minister.",
			want: []string{"The U.N. envoy arrived in Baku on Tuesday.", "He met the foreign minister."},
		},
		{
			name: "Gen.",
			in:   "Gen. Karimov inspected the front line. Shelling continued overnight.",
			want: []string{"Gen. Karimov inspected the front line.", "Shelling continued overnight."},
		},
		{
			name: "Lt. Col.",
			in:   "Lt. Col. Hasanov was wounded near the village. Two privates died.",
			want: []string{"Lt. Col. Hasanov was wounded near the village.", "Two privates died."},
		},
		{
			name: "Jan. before a day",
			in:   "The truce began on Jan. 12 and held for a week. Violations followed.",
			want: []string{"The truce began on Jan. 12 and held for a week.", "Violations followed."},
		},
		{
			name: "Mr.",
			in:   "Mr. Aliyev spoke first. Mr. Pashinyan replied an hour later.",
			want: []string{"Mr. Aliyev spoke first.", "Mr. Pashinyan replied an hour later."},
		},
		{
			name: "middle initial",
			in:   "Forces loyal to Ahmed K. Saleh withdrew from the port. Fighting stopped.",
			want: []string{"Forces loyal to Ahmed K. Saleh withdrew from the port.", "Fighting stopped."},
		},
		{
			name: "two initials",
			in:   "The report was written by R. J. Evans of the institute. It was published in May.",
			want: []string{"The report was written by R. J. Evans of the institute.", "It was published in May."},
		},
		{
			name: "straight quotes",
			in:   `"We will respond," the spokesman said. "The border is closed."`,
			want: []string{`"We will respond," the spokesman said.`, `"The border is closed."`},
		},
		{
			name: "sentence ends inside curly quotes",
			in:   "“We will not retreat.” The minister left the hall.",
			want: []string{"“We will not retreat.”", "The minister left the hall."},
		},
		{
			name: "sentence ends inside straight quotes",
			in:   `He called the shelling "a provocation." The army denied it.`,
			want: []string{`He called the shelling "a provocation."`, "The army denied it."},
		},
		{
			name: "sentence ends inside single curly quotes",
			in:   "She called the verdict ‘unacceptable.’ Talks were suspended.",
			want: []string{"She called the verdict ‘unacceptable.’", "Talks were suspended."},
		},
		{
			name: "question inside a quotation does not end the sentence",
			in:   `"Who fired first?" the reporter asked. Nobody answered.`,
			want: []string{`"Who fired first?" the reporter asked.`, "Nobody answered."},
		},
		{
			name: "parenthesis inside a sentence",
			in:   "The army (which denied any losses) said nothing. Talks resumed.",
			want: []string{"The army (which denied any losses) said nothing.", "Talks resumed."},
		},
		{
			name: "sentence ends after a closing parenthesis",
			in:   "Troops opened fire (the ministry said). Two people died.",
			want: []string{"Troops opened fire (the ministry said).", "Two people died."},
		},
		{
			name: "sentence in parentheses",
			in:   "The ministry confirmed the strike. (It gave no figures.) Talks resumed.",
			want: []string{"The ministry confirmed the strike.", "(It gave no figures.)", "Talks resumed."},
		},
		{
			name: "dateline with hyphen",
			in:   "YEREVAN, May 14 (Reuters) - Armenia said on Friday that Azerbaijani troops had crossed the border. Baku denied it.",
			want: []string{"YEREVAN, May 14 (Reuters) - Armenia said on Friday that Azerbaijani troops had crossed the border.", "Baku denied it."},
		},
		{
			name: "dateline with em dash",
			in:   "BAKU, March 3 (AP) — Azerbaijan said it had repelled an attack.",
			want: []string{"BAKU, March 3 (AP) — Azerbaijan said it had repelled an attack."},
		},
		{
			name: "line break ends a sentence",
			in:   "Shelling resumed near the border\nThe ministry said two soldiers were hurt.",
			want: []string{"Shelling resumed near the border", "The ministry said two soldiers were hurt."},
		},
		{
			name: "paragraph break before lower case",
			in:   "Villagers fled\n\nseveral houses burned.",
			want: []string{"Villagers fled", "several houses burned."},
		},
		{
			name: "CRLF line break",
			in:   "The talks failed.\r\nBoth sides blamed each other.",
			want: []string{"The talks failed.", "Both sides blamed each other."},
		},
		{
			name: "closing quote on the next line starts the next sentence",
			in:   "He left.\n” Then they came.",
			want: []string{"He left.", "” Then they came."},
		},
		{
			name: "closing bracket on the next line starts the next sentence",
			in:   "He left.\n) Then they came.",
			want: []string{"He left.", ") Then they came."},
		},
		{
			name: "decimal",
			in:   "The troops advanced 3.5 km. They stopped at the river.",
			want: []string{"The troops advanced 3.5 km.", "They stopped at the river."},
		},
		{
			name: "decimal ends a sentence",
			in:   "Inflation reached 3.5. Prices rose again.",
			want: []string{"Inflation reached 3.5.", "Prices rose again."},
		},
		{
			name: "thousands",
			in:   "About 1,000 people fled the town. Aid arrived on Sunday.",
			want: []string{"About 1,000 people fled the town.", "Aid arrived on Sunday."},
		},
		{
			name: "ordinal",
			in:   "The 102nd Brigade moved in. It held the town for 3 days.",
			want: []string{"The 102nd Brigade moved in.", "It held the town for 3 days."},
		},
		{
			name: "question and exclamation marks",
			in:   "Is the truce over? Nobody knows! Talks go on.",
			want: []string{"Is the truce over?", "Nobody knows!", "Talks go on."},
		},
		{
			name: "lower case after a period does not split",
			in:   "The talks ended at 9 p.m. on Monday.",
			want: []string{"The talks ended at 9 p.m. on Monday."},
		},
		{
			name: "sentence before a number",
			in:   "Clashes broke out. 12 soldiers were wounded.",
			want: []string{"Clashes broke out.", "12 soldiers were wounded."},
		},
		{
			name: "multi-byte text",
			in:   "Azərbaycan said “we won” 🙂. Then there was silence.",
			want: []string{"Azərbaycan said “we won” 🙂.", "Then there was silence."},
		},
		{
			name: "empty",
			in:   "",
			want: nil,
		},
		{
			name: "white space only",
			in:   " \n\t\n ",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := an.Analyze(tt.in)
			checkDoc(t, tt.in, d)
			if diff := cmp.Diff(tt.want, sentenceTexts(d)); diff != "" {
				t.Errorf("Analyze(%q) sentences mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestAnalyzeTokens(t *testing.T) {
	an := analyzer(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"possessive", "Armenia's army", []string{"Armenia", "'s", "army"}},
		{"curly possessive", "Azerbaijan’s forces", []string{"Azerbaijan", "’s", "forces"}},
		{"negation", "They didn't respond", []string{"They", "did", "n't", "respond"}},
		{"curly negation", "They didn’t respond", []string{"They", "did", "n’t", "respond"}},
		{"won't", "Troops won't stop", []string{"Troops", "wo", "n't", "stop"}},
		{"name with apostrophe", "O'Brien said", []string{"O'Brien", "said"}},
		{"hyphenated word", "a cross-border raid", []string{"a", "cross-border", "raid"}},
		{"initialisms keep their dots", "the U.S. and U.N. envoys", []string{"the", "U.S.", "and", "U.N.", "envoys"}},
		{"abbreviations keep their period", "Lt. Col. Aliyev on Jan. 5", []string{"Lt.", "Col.", "Aliyev", "on", "Jan.", "5"}},
		{"initial keeps its period", "George W. Bush", []string{"George", "W.", "Bush"}},
		{"sentence period is a token", "They left.", []string{"They", "left", "."}},
		{"decimal", "3.5 km", []string{"3.5", "km"}},
		{"thousands", "1,000 and 2,500,000 people", []string{"1,000", "and", "2,500,000", "people"}},
		{"ordinal", "the 102nd brigade", []string{"the", "102nd", "brigade"}},
		{"unit written solid", "a 5km convoy", []string{"a", "5km", "convoy"}},
		{"time and date", "at 09:30 on 14/05/2021", []string{"at", "09:30", "on", "14/05/2021"}},
		{"money", "$5 million", []string{"$", "5", "million"}},
		{"number before a sentence period", "rose to 3.5.", []string{"rose", "to", "3.5", "."}},
		{"ellipsis", "wait... then", []string{"wait", "...", "then"}},
		{"dashes", "Baku -- and Yerevan — agreed", []string{"Baku", "--", "and", "Yerevan", "—", "agreed"}},
		{"quotes and brackets", `("no")`, []string{"(", `"`, "no", `"`, ")"}},
		{"curly quotes", "“curly quotes”", []string{"“", "curly", "quotes", "”"}},
		{"non-ASCII letters", "Azərbaycan və Türkiyə", []string{"Azərbaycan", "və", "Türkiyə"}},
		{"emoji", "peace 🙂 now 👍", []string{"peace", "🙂", "now", "👍"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := an.Analyze(tt.in)
			checkDoc(t, tt.in, d)
			if diff := cmp.Diff(tt.want, tokenTexts(d)); diff != "" {
				t.Errorf("Analyze(%q) tokens mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestAnalyzeOffsets(t *testing.T) {
	an := analyzer(t)
	// “ and ” are 3 bytes, ə is 2, 🙂 is 4.
	in := "“Azərbaycan” said 🙂 ok"
	type span struct {
		Text       string
		Start, End int
	}
	want := []span{
		{"“", 0, 3},
		{"Azərbaycan", 3, 14},
		{"”", 14, 17},
		{"said", 18, 22},
		{"🙂", 23, 27},
		{"ok", 28, 30},
	}
	d := an.Analyze(in)
	checkDoc(t, in, d)
	var got []span
	for _, tok := range d.Tokens {
		got = append(got, span{tok.Text, tok.Start, tok.End})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Analyze(%q) token spans mismatch (-want +got):\n%s", in, diff)
	}
	if len(d.Sentences) != 1 || d.Sentences[0].Start != 0 || d.Sentences[0].End != len(in) {
		t.Errorf("Analyze(%q) sentences = %+v, want one sentence [0, %d)", in, d.Sentences, len(in))
	}
}

func TestAnalyzeClitics(t *testing.T) {
	an := analyzer(t)
	type tok struct {
		Text  string
		Lower string
		Tag   text.Tag
	}
	tests := []struct {
		in   string
		of   string // the word whose tokens are compared
		want []tok
	}{
		{"Armenia's army fired.", "Armenia's", []tok{{"Armenia", "armenia", "NNP"}, {"'s", "'s", "POS"}}},
		{"They crossed Azerbaijan’s border.", "Azerbaijan’s", []tok{{"Azerbaijan", "azerbaijan", "NNP"}, {"’s", "'s", "POS"}}},
		{"The troops didn't attack.", "didn't", []tok{{"did", "did", "VBD"}, {"n't", "n't", "RB"}}},
		{"The troops didn’t attack.", "didn’t", []tok{{"did", "did", "VBD"}, {"n’t", "n't", "RB"}}},
	}
	for _, tt := range tests {
		d := an.Analyze(tt.in)
		checkDoc(t, tt.in, d)
		from := strings.Index(tt.in, tt.of)
		to := from + len(tt.of)
		var got []tok
		for _, tk := range d.Tokens {
			if tk.Start >= from && tk.End <= to {
				got = append(got, tok{tk.Text, tk.Lower, tk.Tag})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Analyze(%q): tokens of %q mismatch (-want +got):\n%s", tt.in, tt.of, diff)
		}
	}
}

func TestAnalyzeTagsAndLemmas(t *testing.T) {
	an := analyzer(t)
	tests := []struct {
		in        string
		word      string // the first token with this text
		wantTag   text.Tag
		wantLemma string
	}{
		{"Armenian forces breached the ceasefire line on Sunday.", "breached", "VBD", "breach"},
		{"Armenian forces breached the ceasefire line on Sunday.", "forces", "NNS", "force"},
		{"The village was attacked overnight.", "attacked", "VBN", "attack"},
		{"The outpost was attacked by drones.", "attacked", "VBN", "attack"},
		{"The attack began at dawn.", "attack", "NN", "attack"},
		{"Officials said the attack killed two people.", "attack", "NN", "attack"},
		{"Russian forces entered the city.", "forces", "NNS", "force"},
		{"The talks collapsed on Friday.", "talks", "NNS", "talk"},
		{"The ministers held talks in Geneva.", "talks", "NNS", "talk"},
		{"Armenia has closed its border.", "has", "VBZ", "have"},
		{"Armenia has closed its border.", "closed", "VBN", "close"},
		{"Azerbaijani troops advanced three kilometers.", "advanced", "VBD", "advance"},
		{"The army has advanced toward the river.", "advanced", "VBN", "advance"},
		{"Gunmen kidnapped two journalists near the border.", "kidnapped", "VBD", "kidnap"},
		{"Gunmen kidnapped two journalists near the border.", "journalists", "NNS", "journalist"},
		{"Five soldiers were killed in the clash.", "killed", "VBN", "kill"},
		{"Five soldiers were killed in the clash.", "were", "VBD", "be"},
		{"Five soldiers were killed in the clash.", "soldiers", "NNS", "soldier"},
		{"The rebels seized the town.", "seized", "VBD", "seize"},
		{"Armenia's army didn't respond.", "respond", "VB", "respond"},
		{"The minister will visit Moscow.", "visit", "VB", "visit"},
		// A hyphenated verb inflects on its last part.
		{"The navy test-fired a cruise missile on Tuesday.", "test-fired", "VBN", "test-fire"}, // the lexicon knows it as VBN only
		{"Police re-arrested the blogger after his release.", "re-arrested", "VBD", "re-arrest"},
		{"The activist was re-arrested at the airport.", "re-arrested", "VBN", "re-arrest"},
		{"Riot police tear-gassed the marchers.", "tear-gassed", "VBN", "tear-gas"},
		{"Police faced club-wielding youths.", "club-wielding", "JJ", "club-wielding"},
		{"Soldiers baton-charged the crowd outside the court.", "baton-charged", "VBD", "baton-charge"},
		{"The well-armed guards stood at the gate.", "well-armed", "JJ", "well-armed"},
	}
	for _, tt := range tests {
		d := an.Analyze(tt.in)
		checkDoc(t, tt.in, d)
		found := false
		for _, tok := range d.Tokens {
			if tok.Text != tt.word {
				continue
			}
			found = true
			if tok.Tag != tt.wantTag || tok.Lemma != tt.wantLemma {
				t.Errorf("Analyze(%q): %q got %s/%s, want %s/%s", tt.in, tt.word, tok.Tag, tok.Lemma, tt.wantTag, tt.wantLemma)
			}
			break
		}
		if !found {
			t.Errorf("Analyze(%q): no token %q; tokens are %q", tt.in, tt.word, tokenTexts(d))
		}
	}
}
