package place

import (
	"slices"
	"testing"
)

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string // must be among the variants
		not  []string // must not be
	}{
		{"Adhamiya", []string{"adhamiyah"}, nil},
		{"Samawah", []string{"samawa"}, nil},
		{"Ranya", []string{"rania"}, nil},
		{"al-Hasakeh", []string{"al-hasakah"}, nil},
		{"Urozgan", []string{"uruzgan"}, nil},
		{"Ras al-Ain", []string{"ras al-ayn"}, nil},
		{"Mauritious", []string{"mauritius"}, nil},
		{"Qamishli", []string{"kamishli"}, nil},
		{"Abbottabad", []string{"abbotabad", "abottabad"}, nil},
		{"Mahabubnagar", []string{"mahbubnagar"}, nil},
		{"Samwah", []string{"samawah"}, nil},
		{"Quamishli", []string{"qamishli"}, nil},
		{"Tal", nil, []string{"tal", "talh"}}, // too short to vary
	}
	for _, tt := range tests {
		got := spellingVariants(tt.in)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("spellingVariants(%q) = %q, want %q among them", tt.in, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("spellingVariants(%q) = %q, want no %q", tt.in, got, n)
			}
		}
	}
}

func BenchmarkSpellingVariants(b *testing.B) {
	names := []string{"Adhamiyah", "Urozgan", "Hasakeh", "Quamishli", "Mahabubnagar", "Ras al-Ain", "Kowloon"}
	for i := 0; b.Loop(); i++ {
		spellingVariants(names[i%len(names)])
	}
}
