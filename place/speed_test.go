package place_test

import (
	"context"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/examples"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/text"
)

// BenchmarkPlaces times the place stage alone (Resolver.Places) on the bundled example
// articles, analysed and with their actors found beforehand.
func BenchmarkPlaces(b *testing.B) {
	load(b)
	type input struct {
		doc    *text.Doc
		actors []actor.Mention
	}
	var inputs []input
	_, err := examples.Read(context.Background(), ingest.Options{}, func(a annals.Article) error {
		doc := an.Analyze(a.Text)
		inputs = append(inputs, input{doc, finder.Find(doc, a.Published)})
		return nil
	})
	if err != nil || len(inputs) == 0 {
		b.Fatalf("reading the bundled examples: %v", err)
	}
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
