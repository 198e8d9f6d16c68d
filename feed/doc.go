// Package feed reads RSS, Atom and JSON feeds into articles, for `annals watch`.
//
// Input: a feed URL. Output: one annals.Article per feed item: its id (the item's GUID,
// else its link), publication date, title, link, the feed's title as source, and its text
// (the item's content, else its description, with HTML reduced to text by package ingest;
// with Reader.FetchPages, the text of the linked page when it is longer). Items that give
// no text become Problems naming the feed and the item; the other items go on.
//
// It does not remember what it has read (the store's content hash makes storing
// idempotent), schedule polls (cmd/annals does), or code the articles.
package feed
