/*
 * What the files of rule-based stance extraction (extract.h) share: the extraction in progress,
 * a sentence's quotations, and the functions and word lists one file uses from another.
 * extract.c splits the text into sentences, reads each through its parse and then the surface
 * frames, reads the frames of names joined by a hyphen (backers, joint pacts, mediators) and
 * gathers the statements into the snapshot; extract_frames.c holds the surface frames read
 * around a cue by word position (active, passive, lists, visits, joint talks, events, owners);
 * extract_statements.c adds the statements, once per tie and sentence; extract_words.c asks
 * the small questions of the words (whether a word stands at an offset, ends before it or lies
 * in a span; the first mention after an offset) and holds the word lists the files share;
 * extract_discourse.c holds quotations and their speakers, pronouns, and the memory carried
 * between sentences (the last people named, pairs, things and their authors). Private to those
 * files.
 */
#ifndef SG_EXTRACT_EXTRACT_PARTS_H
#define SG_EXTRACT_EXTRACT_PARTS_H

#include "extract/cues.h"
#include "extract/mentions.h"
#include "extract/parse.h"
#include "extract/roles.h"
#include "extract/syntax.h"
#include "model/model.h"

#include <stddef.h>

#define MAX_SUBJECTS 16
#define MAX_THINGS   16
#define MAX_CUES     64 /* statements of a sentence whose cue offset is kept */

/* A noun named with its author ("He raised concerns"), for "those concerns" later. */
struct thing {
    char lemma[48];
    long actor;
    long partner; /* its second maker ("A and B signed a deal"), or -1 */
};

/* The extraction of one text in progress: the output, the discourse carried between sentences,
 * the sentence and the cue being read. */
struct frame_context {
    const char *text;
    size_t length;
    const struct sg_model *lexicon;
    struct sg_model *out;
    size_t *index_of; /* lexicon actor -> out actor, or SIZE_MAX */
    int failed;
    long last_person;         /* the last person named first in a sentence: what "he"/"she" means */
    long other_person;        /* the person named after it in that sentence, else the one before
                                 it: what "him"/"her" means beside "he"/"she" ("She criticised
                                 him") */
    long last_other;          /* the same for the other actors: what "they" and "it" mean */
    long named_pair[2];       /* the latest sentence's first "A and B" anywhere outside
                                 quotations, or -1: what "the two sides" means */
    long pair[2];             /* the last sentence's first "A and B" outside quotations, or -1:
                                 what "they" means after it */
    struct sg_parser *parser; /* Link Grammar; NULL: surface frames only */
    const struct sg_mention *mentions; /* all of the text's, by position */
    size_t mention_count;
    size_t sentence_first;      /* the sentence's first statement: one per tie */
    const struct quote *quotes; /* the sentence's quotations, for the pronouns */
    size_t quote_count;
    int after_parse;    /* surface frames after the parse: pairs it read stay */
    int second_look;    /* surface frames against the parse's veto: halved */
    size_t owner_count; /* on a second look: the actors its source may be */
    size_t owners[SG_ROLES_MAX];
    size_t look_end; /* on a second look: the next verb's offset, where its target must end */
    const char *quote_closing;       /* a quotation goes on into the next sentence: its mark */
    struct sg_mention quote_speaker; /* and who speaks in it (has_quote_speaker) */
    int has_quote_speaker;
    struct sg_mention last_speaker; /* the speaker of the previous sentence's last quotation */
    int has_last_speaker;
    const struct sg_parse *parse;  /* the sentence's parse while its cues are framed, or NULL */
    const struct sg_found *parsed; /* the parse's statements of the sentence */
    size_t parsed_count;
    double parse_seconds;            /* spent parsing this text */
    int budget_spent;                /* past SG_PARSE_ARTICLE_SECONDS */
    size_t parsed_end;               /* the end of the parse's statements of the sentence */
    struct thing things[MAX_THINGS]; /* nouns with an author: "those concerns" */
    size_t thing_count;
    size_t cue_start, cue_end;          /* the cue being framed, as byte offsets in text */
    const struct sg_sentence *evidence; /* the sentence being read */
    int in_quote;                       /* framing a cue inside a quotation */
    const struct sg_mention *speaker;   /* inside a quotation: who said it, when known */
    /* the sources of the ties found so far in this sentence: what "a move X criticized"
     * refers to */
    struct sg_mention subjects[MAX_SUBJECTS];
    size_t subject_count;
    size_t cues_of[MAX_CUES]; /* the cue offset of each statement of the sentence, in order */
    /* The further members of pair when it is a list ("A, B and C"), and of the list the latest
     * pronoun resolved stood for (sg_extract_list_more). */
    long pair_more[SG_LIST_MORE], meant_more[SG_LIST_MORE];
    size_t pair_more_count, meant_more_count;
};

#define MAX_QUOTES 8

/* A quotation of a sentence and, when found, its speaker. */
struct quote {
    size_t start, end;  /* the words quoted, without the marks */
    size_t open, close; /* the marks: [open, start) and [end, close) */
    struct sg_mention speaker;
    int has_speaker;
};

/* ---- extract_words.c: small questions asked of the words, shared word lists ---- */

/* The pronouns of a subject ("he", "she"), and participles of mediating ("NATO-brokered", "brokered
 * by NATO"). */
extern const char *const sg_extract_subject_pronouns[];
extern const char *const sg_extract_mediating[];

/* Whether word stands at offset at as a whole word (case aside), ending before length. */
int sg_extract_word_at(const char *text, size_t length, size_t at, const char *word);

/* Nonzero when one of words ends just before position at (skipping one space). */
int sg_extract_preceded_by(const char *text, size_t at, const char *const *words);

/* Nonzero when one of words occurs as whole words in text[from, to). */
int sg_extract_contains_word(const char *text, size_t from, size_t to, const char *const *words);

/* The count of letters from at (before end), and word: them in lowercase when they fit in size,
 * else "". */
size_t sg_extract_lowercase_word(const char *text, size_t at, size_t end, char *word, size_t size);

/* The word that ends right before at, past spaces and not before from, lowercase in word;
 * returns its start, or SIZE_MAX when there is none or it does not fit. */
size_t sg_extract_word_before(const char *text, size_t from, size_t at, char *word, size_t size);

/* The first mention in [first, count) that lies in sentence, from position from on. */
long sg_extract_first_after(const struct sg_mention *m, size_t count, const struct sg_sentence *s,
                            size_t from);

/* The start of the mediating participle when the mention at "at" is its agent: "brokered by
 * NATO" right before it; else SIZE_MAX. */
size_t sg_extract_mediating_by(const char *text, size_t at);

/* ---- extract_statements.c: the statements, once per tie and sentence ---- */

/* Adds a statement of type from source to target cued by cue at c's current cue offsets, once
 * per tie and sentence. */
void sg_extract_add_typed_tie(struct frame_context *c, const struct sg_mention *source_mention,
                              const struct sg_mention *target_mention, const struct sg_cue *cue,
                              enum sg_stance type, const char *rule, double confidence);

/* sg_extract_add_typed_tie with the cue's own type, for a surface frame. */
void sg_extract_add_tie(struct frame_context *c, const struct sg_mention *source_mention,
                        const struct sg_mention *target_mention, const struct sg_cue *cue,
                        const char *rule, double confidence);

/* ---- extract_frames.c: the surface frames ---- */

/* Frames every cue of the sentence but those starting at the offsets in skip (parse: NULL for
 * the surface frames alone). */
void sg_extract_frame_cues(struct frame_context *c, const struct sg_cues *cues,
                           const struct sg_sentence *sentence, const struct quote *quotes,
                           size_t quote_count, const struct sg_parse *parse, const size_t *skip,
                           size_t skip_count);

/* ---- extract_discourse.c: quotations, pronouns, the memory between sentences ---- */

/* Whether word is one of words (a NULL-terminated list). */
int sg_extract_word_in(const char *word, const char *const *words);

/* The quotations of a sentence and their speakers, into quotes (at most MAX_QUOTES); returns
 * their count. */
size_t sg_extract_read_quotes(struct frame_context *c, const struct sg_sentence *sentence,
                              struct quote *quotes, const struct sg_mention *mentions,
                              size_t mention_count);

/* Notes the event nouns right after a possessive mention as that actor's. */
void sg_extract_note_possessives(struct frame_context *c, const struct sg_sentence *sentence);

/* Notes who the sentence names first: what a later pronoun or "the two sides" means. */
void sg_extract_note_last_person(struct frame_context *c, const struct sg_sentence *sentence,
                                 const struct quote *quotes, size_t quote_count,
                                 const struct sg_mention *mentions, size_t mention_count);

/* Moves what was said in the sentence before to "said:before", for one sentence. */
void sg_extract_age_sayings(struct frame_context *c);

/* The resolver's functions (syntax.h, struct sg_resolver), with c as their data: what a pronoun
 * stands for; a thing noted as an actor's, or not kept (a trial reading); whose a thing is. */
struct sg_referent sg_extract_resolve_pronoun(void *data, const char *pronoun, size_t at,
                                              long exclude, long prefer);
void sg_extract_remember_thing(void *data, const char *lemma, long actor, long partner);
size_t sg_extract_list_more(void *data, long *members);
void sg_extract_forget_thing(void *data, const char *lemma, long actor, long partner);
struct sg_referent sg_extract_recall_thing(void *data, const char *lemma);

#endif
