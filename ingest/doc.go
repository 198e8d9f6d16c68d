// Package ingest reads news articles from files and standard input, as CONTRACT.md's
// "Input: articles" describes.
//
// Input: JSON Lines (one article object per line; a record may give a page's markup in
// "html" instead of "text"), plain text (the whole file is one article, its id the file name
// without extension) and HTML pages. The format comes from Options.Format, else the file
// extension (.jsonl, .txt, .html, .htm), else the first non-space bytes: '{' means JSON
// Lines, '<' before a letter, '!' or '?' means HTML, anything else plain text.
//
// An HTML page is decoded from its declared encoding and handed to go-trafilatura
// (ExtractPage): the article body without the page around it, the headline, the canonical
// URL, the site's name and, through go-htmldate, the original publication date. We keep
// the paragraphs as lines, prune teaser paragraphs that are mostly links, and refuse pages
// with no article body.
//
// Output: annals.Article values, handed to a callback in input order, each with its
// Origin (file and JSON Lines line) for messages, PublishedSource (input, page or none)
// and Language (told by whatlanggo; "" when the text is too short to tell). Article.Text
// is stored exactly as the later stages will see it, because their byte offsets refer to
// it: only "\r\n" becomes "\n" (and a leading byte-order mark is dropped); HTML text is
// the extracted text.
//
// Bad articles (invalid UTF-8, binary data, empty text, malformed JSON, missing id or
// text, a bad date, an article over Options.MaxBytes, a page over MaxPageBytes or without
// an article body) never stop a batch: each becomes a Problem and reading goes on. Only
// I/O errors, the callback's errors and a cancelled context stop reading.
//
// It does not: parse datelines or dates inside the text (the time stage does that, and
// pipeline.DateFromDateline dates an undated article), decide which languages are coded
// (the commands do, with pipeline.Accepts), read feeds (RSS, Atom) or fetch URLs, or
// de-duplicate articles.
package ingest
