/*
 * The stance model: a snapshot's actors, its stance statements (one per input relation) and the
 * ties they aggregate into. The model owns every string in it and uses no library types, so that
 * loaders fill it and the graph, measures and writers read it without knowing the input format.
 */
#ifndef SG_MODEL_MODEL_H
#define SG_MODEL_MODEL_H

#include <stddef.h>
#include <stdint.h>

enum sg_actor_type {
    SG_ACTOR_PERSON,
    SG_ACTOR_ORGANIZATION,
    SG_ACTOR_COUNTRY,
    SG_ACTOR_GROUP,
    SG_ACTOR_TYPE_COUNT
};

enum sg_stance { SG_STANCE_SUPPORT, SG_STANCE_CRITICISM, SG_STANCE_NEGOTIATION, SG_STANCE_COUNT };

/* A free-form field carried through to the outputs: its key and its value as compact JSON. */
struct sg_extra {
    char *key;
    char *json;
};

struct sg_extras {
    struct sg_extra *items;
    size_t count;
};

struct sg_actor {
    char *id;    /* validated: 1-64 chars of [A-Za-z0-9._-] */
    char *name;  /* human text, any UTF-8 */
    char *group; /* NULL when absent */
    char *role;  /* NULL when absent */
    enum sg_actor_type type;
    char **aliases;
    size_t alias_count;
    struct sg_extras extras;
};

/* One stance statement, as given in the input. Indices are 32 bits (the loader's limits are a
 * million actors and ten million relations): at a million statements every byte counts a MB. */
struct sg_statement {
    uint32_t source; /* actor index */
    uint32_t target; /* actor index */
    enum sg_stance type;
    uint32_t tie;     /* index of the tie it belongs to, set by sg_model_build_ties */
    double weight;    /* in (0, 1] */
    const char *date; /* NULL when absent; the model's one copy (sg_model_set_date) */
    char *evidence;   /* NULL when absent */
    struct sg_extras extras;
    size_t next_in_tie; /* next statement of the same tie, or SG_MODEL_END */
};

/* Ends a chain of statements (struct sg_statement.next_in_tie). */
#define SG_MODEL_END ((size_t)-1)

/*
 * Statements with the same (source, target, type) aggregated; negotiation ties are keyed by the
 * unordered pair, since negotiation is mutual. A tie's direction is its first statement's.
 */
struct sg_tie {
    uint32_t source; /* actor indices, 32 bits as in struct sg_statement */
    uint32_t target;
    enum sg_stance type;
    uint32_t count;           /* number of statements */
    double weight;            /* sum of its statements' weights */
    uint32_t first_statement; /* index of its first statement in input order */
};

/* One article a statement log was made from (snapshot.articles, docs/FORMAT.md): relations
 * name it in their "article" field. */
struct sg_article {
    char *id;    /* validated like snapshot ids */
    char *date;  /* YYYY-MM-DD */
    char *title; /* NULL when absent */
    char *url;   /* NULL when absent */
};

struct sg_snapshot_info {
    char *id;   /* validated like actor ids: it names output files */
    char *date; /* YYYY-MM-DD */
    char *title;
    char *source;
    struct sg_article *articles; /* none for a snapshot that is no log */
    size_t article_count;
    struct sg_extras extras;
};

struct sg_model {
    struct sg_snapshot_info info;
    struct sg_actor *actors;
    size_t actor_count;
    size_t actor_capacity;
    struct sg_statement *statements;
    size_t statement_count;
    size_t statement_capacity;
    struct sg_tie *ties; /* in order of their first statement */
    size_t tie_count;
    char input_sha256[65];        /* hex digest of the input bytes, "" when unknown */
    struct sg_model_dates *dates; /* the statements' dates, each kept once */
};

/* Initialises an empty model owned by the caller; release it with sg_model_destroy. */
void sg_model_init(struct sg_model *model);

/* Frees everything the model owns; accepts NULL and leaves the model empty. */
void sg_model_destroy(struct sg_model *model);

/* Appends a copy of the article's strings to info.articles. Returns 0 or SG_ERR_NOMEM. */
int sg_model_add_article(struct sg_snapshot_info *info, const struct sg_article *article);

/* Frees the extras' strings and array; accepts NULL. */
void sg_extras_destroy(struct sg_extras *extras);

/* The statement fields only extract writes, NULL-terminated: the one list of them (the review
 * page gets it in its data). */
extern const char *const sg_provenance_fields[];

/* Drops from every statement the fields only extract writes (cue, lemma, rule, confidence,
 * offsets: docs/EXTRACT.md), which no longer describe a statement a person has edited; the
 * evidence and every other field stay. Allocates nothing. */
void sg_model_strip_provenance(struct sg_model *model);

/*
 * Reserves room for actor_capacity actors and statement_capacity statements, so that the pointers
 * returned by the add functions stay valid. Returns 0 or SG_ERR_NOMEM.
 */
int sg_model_reserve(struct sg_model *model, size_t actor_capacity, size_t statement_capacity);

/* Appends a zeroed actor and returns it (the model owns the strings put in it); NULL on OOM. */
struct sg_actor *sg_model_add_actor(struct sg_model *model);

/* Appends a zeroed statement and returns it; NULL on out of memory. */
struct sg_statement *sg_model_add_statement(struct sg_model *model);

/*
 * Sets the statement's date (of a statement of model) to text, or to none when text is NULL.
 * The model keeps one copy of each date for all its statements: dates repeat (a year has 365
 * days), so a million statements hold a few hundred strings. Returns 0 or SG_ERR_NOMEM.
 */
int sg_model_set_date(struct sg_model *model, struct sg_statement *statement, const char *text);

/* Appends a deep copy of actor (strings, aliases, extras). Returns 0 or SG_ERR_NOMEM. */
int sg_model_copy_actor(struct sg_model *model, const struct sg_actor *actor);

/*
 * Appends a deep copy of statement with its endpoints set to source and target (actor indices
 * in model). Returns 0 or SG_ERR_NOMEM.
 */
int sg_model_copy_statement(struct sg_model *model, const struct sg_statement *statement,
                            size_t source, size_t target);

/*
 * Appends to out (its info set by the caller) the statements of model whose keep[i] is nonzero,
 * with the actors they name in model's order (every actor of model when keep_all_actors), then
 * builds out's ties. Returns 0 or SG_ERR_NOMEM.
 */
int sg_model_select(const struct sg_model *model, const unsigned char *keep, int keep_all_actors,
                    struct sg_model *out);

/* Returns the index of the actor with this id, or -1. Linear: for many lookups, index the
 * ids once (base/strindex.h). */
long sg_model_find_actor(const struct sg_model *model, const char *id);

/*
 * Aggregates the statements into ties (see struct sg_tie) and sets each statement's tie index.
 * Replaces any ties built before. Returns 0 or SG_ERR_NOMEM.
 */
int sg_model_build_ties(struct sg_model *model);

/* The actor's aliases joined by "|" (the text formats' one-cell form), "" with none; a heap
 * string, NULL on out of memory. */
char *sg_actor_aliases_joined(const struct sg_actor *actor);

/* Names used in the format and the outputs; NULL for an out-of-range value. */
const char *sg_actor_type_name(enum sg_actor_type type);
const char *sg_stance_name(enum sg_stance stance);

/* Parses a name; returns the enum value or -1 when it is not one of the names. */
int sg_actor_type_from_name(const char *name);
int sg_stance_from_name(const char *name);

#endif
