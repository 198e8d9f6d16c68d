module github.com/annals-org/annals

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/net v0.62.0
)
