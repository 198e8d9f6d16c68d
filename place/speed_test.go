package place_test

import (
	"context"
	"os"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/examples"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/text"
)

// placesInput is an article analysed and with its actors found, ready for Resolver.Places.
type placesInput struct {
	doc    *text.Doc
	actors []actor.Mention
}

func analysed(a annals.Article, inputs *[]placesInput) error {
	doc := an.Analyze(a.Text)
	*inputs = append(*inputs, placesInput{doc, finder.Find(doc, a.Published)})
	return nil
}

// benchmarkPlaces times Resolver.Places over inputs.
func benchmarkPlaces(b *testing.B, inputs []placesInput) {
	for _, in := range inputs {
		resolver.Places(in.doc, in.actors) // the one-time work (villages, suffix counts) outside the loop
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			resolver.Places(in.doc, in.actors)
		}
	}
}

// BenchmarkPlaces times the place stage alone (Resolver.Places) on the bundled example
// articles, analysed and with their actors found beforehand.
func BenchmarkPlaces(b *testing.B) {
	load(b)
	var inputs []placesInput
	_, err := examples.Read(context.Background(), ingest.Options{}, func(a annals.Article) error { return analysed(a, &inputs) })
	if err != nil || len(inputs) == 0 {
		b.Fatalf("reading the bundled examples: %v", err)
	}
	benchmarkPlaces(b, inputs)
}

// BenchmarkPlacesCorpus is BenchmarkPlaces on the JSONL corpus named by $ANNALS_PLACES_CORPUS
// (the bench command's, say): its short news articles weigh the per-article costs as coding
// does, which the long examples do not. Skipped when the variable is unset.
func BenchmarkPlacesCorpus(b *testing.B) {
	name := os.Getenv("ANNALS_PLACES_CORPUS")
	if name == "" {
		b.Skip("ANNALS_PLACES_CORPUS names no corpus")
	}
	load(b)
	f, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var inputs []placesInput
	opts := ingest.Options{Format: ingest.JSONL}
	_, err = ingest.Read(context.Background(), name, f, opts, func(a annals.Article) error { return analysed(a, &inputs) })
	if err != nil || len(inputs) == 0 {
		b.Fatalf("reading %s: %v", name, err)
	}
	benchmarkPlaces(b, inputs)
}
