/*
 * The stance cue lexicon of extract (docs/EXTRACT.md, "Cue files"): words and multi-word
 * expressions mapped to a stance type, a default weight and the frame that reads source and
 * target around them. The built-in lexicon is data/cues.json, compiled into the binary; a file
 * in the same format (stancegraph-cues/1) replaces it.
 */
#ifndef SG_EXTRACT_CUES_H
#define SG_EXTRACT_CUES_H

#include "model/model.h"

#include <stddef.h>

/* How source and target are read around a cue. */
enum sg_cue_frame {
    SG_CUE_ACTIVE,   /* SOURCE cue TARGET; the passive "TARGET was cue by SOURCE" too */
    SG_CUE_LIST,     /* SOURCE cue A, B and C: a tie with each of a list of targets */
    SG_CUE_JOINT,    /* A and B cue ("held talks"): one tie between the coordinated subjects */
    SG_CUE_VISIT,    /* a cue X by Y ("a visit to X by Y"): Y -> X */
    SG_CUE_SUBJECT,  /* the sentence's first actor ... cue TARGET ("support for") */
    SG_CUE_REVERSED, /* TARGET cue SOURCE ("drew criticism from") */
    SG_CUE_FRAME_COUNT
};

struct sg_cue {
    char *words;   /* lowercase, single spaces */
    size_t length; /* strlen(words) */
    enum sg_stance type;
    double weight;
    enum sg_cue_frame frame;
    int adjacent; /* the target must follow the cue within a word ("support Kyiv", a noun
                     otherwise: "future support, an idea Zelensky pitched") */
};

struct sg_cues {
    struct sg_cue *items; /* sorted by first byte, then longest first */
    size_t count;
    size_t first[257]; /* items starting with byte b are [first[b], first[b + 1]) */
};

/* The format string a cue file declares. */
#define SG_CUES_FORMAT "stancegraph-cues/1"

/* The built-in cue file (data/cues.json) as compiled in; not '\0'-terminated. */
extern const unsigned char sg_cues_builtin_json[];
extern const size_t sg_cues_builtin_size;

/*
 * Parses a cue file's bytes (bytes[length] must be '\0'); name is used in messages. Reports
 * every problem with FILE:LINE:COLUMN (syntax) or a JSON path (content). Returns 0,
 * SG_ERR_DATA or SG_ERR_NOMEM; on failure cues is left empty.
 */
int sg_cues_parse(const char *name, const char *bytes, size_t length, struct sg_cues *cues);

/* Reads and parses the cue file at path; SG_ERR_OPEN when it cannot be read. */
int sg_cues_load_file(const char *path, struct sg_cues *cues);

/* Loads the built-in lexicon. */
int sg_cues_builtin(struct sg_cues *cues);

void sg_cues_destroy(struct sg_cues *cues);

/*
 * The longest cue that matches text at offset at, as whole words (case-insensitive) ending at
 * or before end; NULL when none does.
 */
const struct sg_cue *sg_cues_match(const struct sg_cues *cues, const char *text, size_t end,
                                   size_t at);

#endif
