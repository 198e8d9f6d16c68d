package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := pipeline.Load(dict.FS); err != nil {
			b.Fatal(err)
		}
	}
}
