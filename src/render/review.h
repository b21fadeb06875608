/*
 * The review page (docs/REVIEW.md): one self-contained HTML page, no network, on which a person
 * checks what extract proposed, sentence by sentence (accept, reject, change type, direction or
 * weight, add a statement, merge or rename actors), and saves the checked snapshot. The page's
 * style and script are data/review/review.css and review.js, compiled in.
 */
#ifndef SG_RENDER_REVIEW_H
#define SG_RENDER_REVIEW_H

#include "model/model.h"

#include <stddef.h>

/*
 * Writes the review page of proposed (a snapshot, as extract proposes it) over the article's
 * text (length bytes, UTF-8) into *html (heap, free()). Returns 0 or SG_ERR_NOMEM.
 */
int sg_render_review(const struct sg_model *proposed, const char *text, size_t length, char **html);

extern const unsigned char sg_review_css[];
extern const size_t sg_review_css_size;
extern const unsigned char sg_review_js[];
extern const size_t sg_review_js_size;

#endif
