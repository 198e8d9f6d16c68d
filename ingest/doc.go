// Package ingest reads news articles from files and standard input, as CONTRACT.md's
// "Input: articles" describes.
//
// Input: JSON Lines (one article object per line), plain text (the whole file is one
// article, its id the file name without extension) and HTML pages (the main text, the
// <title> and the publication date from the page's metadata). The format comes from
// Options.Format, else the file extension (.jsonl, .txt, .html, .htm), else the first
// non-space byte: '{' means JSON Lines, anything else plain text.
//
// Output: annals.Article values, handed to a callback in input order, each with its
// Origin (file and JSON Lines line) for messages. Article.Text is stored exactly as the
// later stages will see it, because their byte offsets refer to it: only "\r\n" becomes
// "\n" (and a leading byte-order mark is dropped); HTML text is the extracted text.
//
// Bad articles (invalid UTF-8, binary data, empty text, malformed JSON, missing id or
// text, a bad date, an article over Options.MaxBytes) never stop a batch: each becomes
// a Problem and reading goes on. Only I/O errors, the callback's errors and a cancelled
// context stop reading.
//
// It does not: parse datelines or dates inside the text (the time stage does that), read
// feeds (RSS, Atom) or fetch URLs, convert legacy encodings (input must be UTF-8), or
// de-duplicate articles.
package ingest
