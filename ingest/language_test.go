package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"English", testStory, "en"},
		{"French", "Les agriculteurs des vallées du nord ont bloqué mardi la route principale vers la capitale pour exiger le rétablissement de la subvention sur le carburant.", "fr"},
		{"Spanish", "Los agricultores de los valles del norte bloquearon el martes la carretera principal hacia la capital para exigir que el gobierno restablezca el subsidio.", "es"},
		{"German", "Bauern aus den nördlichen Tälern haben am Dienstag die Hauptstraße in die Hauptstadt blockiert und die Wiedereinführung der Treibstoffsubvention gefordert.", "de"},
		{"Russian", "Фермеры из северных долин во вторник перекрыли главную дорогу в столицу, требуя вернуть субсидию на топливо.", "ru"},
		{"too short to tell", "Troops crossed the border.", ""},
		{"an English headline is too short to tell", "Island nation decides new sanctions against its neighbour over missile test, border raid", ""},
		{"no letters", "12 34 56 78 90 12 34", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("%s: DetectLanguage = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestProvenance checks where each input's publication date is said to come from, and that
// every reader sets the language.
func TestProvenance(t *testing.T) {
	tests := []struct {
		name, file, input string
		opts              Options
		wantSource, lang  string
	}{
		{"JSON Lines date", "a.jsonl", `{"id":"a","text":"` + testStory + `","published":"2021-05-14"}`, Options{}, annals.PublishedInput, "en"},
		{"JSON Lines without date, --published", "a.jsonl", `{"id":"a","text":"` + testStory + `"}`, Options{Published: day}, annals.PublishedInput, "en"},
		{"JSON Lines without any date", "a.jsonl", `{"id":"a","text":"` + testStory + `"}`, Options{}, annals.PublishedNone, "en"},
		{"text file", "a.txt", "Les agriculteurs des vallées du nord ont bloqué mardi la route principale vers la capitale pour exiger que le gouvernement rétablisse la subvention.", Options{}, annals.PublishedNone, "fr"},
		{"short text", "a.txt", "Talks resumed.", Options{Published: day}, annals.PublishedInput, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, tt.file, tt.input, tt.opts)
			if len(probs) > 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v; want 1", len(got), probs)
			}
			if d := cmp.Diff([2]string{tt.wantSource, tt.lang}, [2]string{got[0].PublishedSource, got[0].Language}); d != "" {
				t.Errorf("published_source, language (-want +got):\n%s", d)
			}
		})
	}
}
