package annals

import "context"

// Archive lists the stored articles, for `annals recode` to code them again when the
// dictionaries change. Both stores implement it beside Store.
type Archive interface {
	// StaleArticles returns up to limit stored articles whose events were not coded by
	// the dictionaries of dictVersion, in the order they were first stored, starting after
	// cursor (0 for the first page), and the cursor of the next page.
	StaleArticles(ctx context.Context, dictVersion string, cursor int64, limit int) (articles []Article, next int64, err error)
}
