/*
 * The stance cue lexicon of extract (docs/EXTRACT.md, "Cue files"): lemmas with their part of
 * speech, stance type, default weight and the grammatical roles that give source and target.
 * The built-in lexicon is data/cues.json, compiled into the binary; a file in the same format
 * (stancegraph-cues/2) replaces it.
 */
#ifndef SG_EXTRACT_CUES_H
#define SG_EXTRACT_CUES_H

#include "model/model.h"

#include <stddef.h>

/* How source and target are read around a cue when a sentence has no parse (the surface
 * frames of docs/EXTRACT.md), derived from the cue's part of speech and roles. */
enum sg_cue_frame {
    SG_CUE_ACTIVE, /* SOURCE cue TARGET; the passive "TARGET was cue by SOURCE" too */
    SG_CUE_LIST,   /* SOURCE cue A, B and C: a tie with each of a list of targets */
    SG_CUE_VISIT,  /* a cue X by Y ("a visit to X by Y"): Y -> X */
    SG_CUE_FRAME_COUNT
};

/* A grammatical role that gives a cue's source or target (roles.h finds them in a parse). */
enum sg_role_kind {
    SG_ROLE_SUBJECT,     /* the clause's subject; in the passive, the by-agent */
    SG_ROLE_OBJECT,      /* the direct object; in the passive, the grammatical subject */
    SG_ROLE_POSSESSOR,   /* "X's criticism", "his visit" */
    SG_ROLE_HOST,        /* of a noun: the subject of the verb whose object it is */
    SG_ROLE_SPEAKER,     /* of an evaluative adjective: who says or calls it so */
    SG_ROLE_EVALUATED,   /* of an evaluative adjective: what is said or called so */
    SG_ROLE_PREDICATED,  /* of a noun: who it is said of ("X is a critic", "X, a critic, ...") */
    SG_ROLE_CLAUSE,      /* the subject of the that-clause it governs ("pleased that X came") */
    SG_ROLE_MODIFIER,    /* of a noun: a name set before it ("a Bob ally", "NATO critic Alice") */
    SG_ROLE_PREPOSITION, /* the object of a preposition attached to the word */
};

struct sg_role {
    enum sg_role_kind kind;
    char preposition[12]; /* SG_ROLE_PREPOSITION: "with", "of", "between"... */
};

/* Roles one cue may list for its source or its target. */
#define SG_CUE_ROLES 8

/* One lemma of the lexicon with its role frame. */
struct sg_cue {
    char *words;        /* the lemma, lowercase: "criticise", "hit back" (head, then particles) */
    size_t head_length; /* bytes of its head word ("hit") */
    char pos;           /* 'v' verb, 'n' noun, 'a' adjective */
    enum sg_stance type;
    double weight;
    struct sg_role source[SG_CUE_ROLES], target[SG_CUE_ROLES]; /* in order of preference */
    size_t source_count, target_count;
    int deed; /* a deed, not words ("attack", "shell"): "X said Y shelled Z" is X against Y */
};

struct sg_cues {
    struct sg_cue *items; /* sorted by head word, part of speech, then longest first */
    size_t count;
};

/* A cue found in text without a parse: the cue, the bytes it covers and how to read it. */
struct sg_cue_hit {
    const struct sg_cue *cue;
    size_t length;
    enum sg_cue_frame frame;
    int adjacent; /* the target must follow at once ("support Kyiv", not "future support") */
};

/* The format string a cue file declares. */
#define SG_CUES_FORMAT "stancegraph-cues/2"

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
 * The cues whose head is lemma as part of speech pos ('v', 'n' or 'a'), longest first: *count
 * receives how many; NULL when none.
 */
const struct sg_cue *sg_cues_find(const struct sg_cues *cues, const char *lemma, char pos,
                                  size_t *count);

/*
 * The cue at offset at of text, as whole words ending at or before end, read without a parse:
 * the word's base form as a verb (or, for visits, as a noun) with any particles after it; pos
 * 'v' or 'n' asks for that part of speech only, 0 for either. Returns 0 when none matches, else
 * fills hit. Needs sg_lemma_init.
 */
int sg_cues_match(const struct sg_cues *cues, const char *text, size_t end, size_t at, char pos,
                  struct sg_cue_hit *hit);

#endif
