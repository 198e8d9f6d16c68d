// Package evaluate scores the coder against the evaluation data in shared/bench (read in
// place, never copied): PLOVER gold-standard records, the ACLED dev notes and the CASE 2021
// dev snippets. It reports per-class tables and confusion matrices, and checks the figures
// against the floors kept in the repository.
//
// Input: a coder (any func from article to events) and the bench folder. Output: Report
// values; printing is the caller's.
package evaluate
