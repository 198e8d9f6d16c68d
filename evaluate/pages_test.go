package evaluate

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestScoreBody(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-9)
	tests := []struct {
		name, reference, extracted string
		want                       PageScore
	}{
		// "a b c d e": shingles abcd, bcde. "a b c d x": abcd, bcdx. tp 1, fp 1, fn 1.
		{"one shingle each way", "a b c d e", "a b c d x", PageScore{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		{"identical, punctuation and case of words aside", "Troops crossed; the border.", "Troops crossed the border", PageScore{1, 0, 0}},
		{"repeats counted", "w x y z w x y z", "w x y z", PageScore{1.0 / 5, 0, 4.0 / 5}},
		{"short text is one shorter shingle", "Talks end", "Talks end", PageScore{1, 0, 0}},
		{"nothing extracted", "a b c d e", "", PageScore{0, 0, 1}},
		{"both empty", "", "", PageScore{}},
		{"letters of any script are words", "Переговоры начались в субботу", "Переговоры начались в субботу", PageScore{1, 0, 0}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, ScoreBody(tt.reference, tt.extracted), approx); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
}

func TestBodyMetrics(t *testing.T) {
	scores := []PageScore{
		{TP: 0.5, FP: 0.5, FN: 0}, // precision 0.5, recall 1
		{TP: 0.5, FP: 0, FN: 0.5}, // precision 1, recall 0.5
		{TP: 0, FP: 0, FN: 1},     // nothing extracted: no precision, recall 0
		{TP: 0, FP: 1, FN: 0},     // nothing to extract: precision 0, no recall
	}
	p, r, f := BodyMetrics(scores)
	wantP, wantR := (0.5+1+0)/3, (1+0.5+0)/3
	if math.Abs(p-wantP) > 1e-9 || math.Abs(r-wantR) > 1e-9 || math.Abs(f-2*wantP*wantR/(wantP+wantR)) > 1e-9 {
		t.Errorf("BodyMetrics = %.4f, %.4f, %.4f; want %.4f, %.4f and their harmonic mean", p, r, f, wantP, wantR)
	}
}
