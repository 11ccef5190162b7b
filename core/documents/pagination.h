#pragma once
// Page breaks a 办公室 would accept (GB/T 9704-2012 §7.3.5; issue 11): after QTextDocument has paginated
// a paper on the 22-line grid, these rules move text down a page — they never squeeze the line pitch:
//  * the signature block — from the paragraph marked <a name="keep"></a> to the end of its part (the
//    next forced page break) — stays on one page together with the last two lines of text before it,
//    so no page holds only a signature or only a date;
//  * a paragraph never leaves its first line alone at the foot of a page (orphan) nor its last line
//    alone at the head of the next (widow);
//  * a table row never splits.
// A paragraph is moved whole, or split where the page turns (the part moved starts flush, as the
// continued paragraph would), by a page break before it.

class QTextDocument;

namespace ecoclaim::documents {

// Applies the rules until the document no longer changes (a few passes). Returns the breaks added.
int keepTogether(QTextDocument &document);

} // namespace ecoclaim::documents
