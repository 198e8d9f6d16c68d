package text_test

import (
	"testing"
	"unicode/utf8"
)

func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"",
		"The U.S. Embassy issued a warning. Staff were told to leave.",
		"Lt. Col. Hasanov was wounded near the village on Jan. 12. Mr. Aliyev spoke.",
		"Forces loyal to Ahmed K. Saleh withdrew. R. J. Evans wrote it.",
		`"We will respond," he said. "The border is closed."`,
		"“We will not retreat.” The minister left. She called it ‘unacceptable.’ Talks ended.",
		"Troops opened fire (the ministry said). (It gave no figures.) Talks resumed.",
		"YEREVAN, May 14 (Reuters) - Armenia said Azerbaijani troops crossed the border.",
		"Shelling resumed\n\nThe ministry said 3.5 km, 1,000 troops, the 102nd Brigade.\r\n",
		"Armenia's army didn't respond; Azerbaijan’s forces won’t stop.",
		"Azərbaycan said “we won” 🙂. O'Brien, cross-border, $5 million, 09:30 14/05/2021 5km...",
		"He left.\n) Then.\n” Then \"x.\"\n'y.' z",
		"U.S.. a.b.c. A. B.\n. ..-- -\u0301x x\u0301 İn't N’T",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	an := analyzer(f)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			t.Skip()
		}
		d := an.Analyze(in)
		checkDoc(t, in, d)
	})
}
