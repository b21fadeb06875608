/*
 * Merging snapshots and statement logs (merge.h). Actors are joined with a union-find over
 * every input actor: links by id, by a proper name (one with a capital letter) shared in any
 * case, and by people's surnames spelt one letter apart. Each joined set becomes one actor;
 * relations are copied with their endpoints moved to it, stamped with their date and article, and
 * sorted by content, so that nothing in the result depends on the order the inputs came in.
 */
#include "model/merge.h"

#include "base/diag.h"
#include "base/strindex.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct member {
    size_t input, actor;
};

struct merging {
    const struct sg_merge_input *inputs;
    size_t count;
    sg_merge_locate_fn locate;
    void *context;
    struct member *members; /* every input actor, input by input */
    size_t member_count;
    size_t *parent;    /* union-find over members */
    size_t *output_of; /* member -> actor of out */
    size_t *base;      /* input -> its first member */
    struct sg_model *out;
    int resolve; /* an actor with two types keeps one, with a warning */
};

static const struct sg_actor *actor_of(const struct merging *m, size_t k)
{
    const struct member *member = &m->members[k];
    return &m->inputs[member->input].model->actors[member->actor];
}

static size_t find(size_t *parent, size_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void unite(size_t *parent, size_t a, size_t b)
{
    a = find(parent, a);
    b = find(parent, b);
    if (a < b)
        parent[b] = a;
    else if (b < a)
        parent[a] = b;
}

/* The actor's name (form 0) or alias form - 1. */
static const char *form_of(const struct sg_actor *actor, size_t form)
{
    return form == 0 ? actor->name : actor->aliases[form - 1];
}

/* Nonzero for a form that names one actor: one with a capital letter ("de Gaulle", "U.S.") or
 * that starts with a letter outside ASCII, not a description such as "the prime minister". The
 * string alone decides, not whether it is a name or an alias, since a name can become an alias
 * when a merge keeps a longer one. */
static int proper(const char *form)
{
    if ((unsigned char)form[0] >= 0x80)
        return 1;
    for (const char *c = form; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            return 1;
    return 0;
}

/* The form in lower case (ASCII), the key it links under; NULL on out of memory. */
static char *form_key(const char *form)
{
    char *key = strdup(form);
    for (char *c = key; c && *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return key;
}

/* Links members that share an id or a proper form. */
static int link_names(struct merging *m)
{
    struct sg_strindex *ids = sg_strindex_new(m->member_count + 1);
    struct sg_strindex *forms = sg_strindex_new(2 * m->member_count + 1);
    int err = ids && forms ? SG_OK : SG_ERR_NOMEM;
    for (size_t k = 0; !err && k < m->member_count; k++) {
        const struct sg_actor *a = actor_of(m, k);
        long first = sg_strindex_put(ids, a->id, k);
        if (first < 0)
            err = SG_ERR_NOMEM;
        else
            unite(m->parent, (size_t)first, k);
        for (size_t f = 0; !err && f <= a->alias_count; f++) {
            if (!proper(form_of(a, f)))
                continue;
            char *key = form_key(form_of(a, f));
            first = key ? sg_strindex_put(forms, key, k) : -1;
            free(key);
            if (first < 0)
                err = SG_ERR_NOMEM;
            else
                unite(m->parent, (size_t)first, k);
        }
    }
    sg_strindex_free(ids);
    sg_strindex_free(forms);
    return err;
}

/* ---- people whose surnames differ by one letter ------------------------------------------ */

struct surname {
    char *bucket; /* first word in lower case (empty for a surname alone), '|', last word's
                     first letter */
    char *last;   /* the last word in lower case */
    size_t member;
};

static int by_bucket(const void *left, const void *right)
{
    const struct surname *a = left, *b = right;
    int c = strcmp(a->bucket, b->bucket);
    if (!c)
        c = strcmp(a->last, b->last);
    return c ? c : (a->member > b->member) - (a->member < b->member);
}

/* Fills s from a person's form; 0, 1 when the form has no surname to compare, or an error. */
static int surname_of(const char *form, size_t member, struct surname *s)
{
    const char *space = strchr(form, ' '), *last = strrchr(form, ' ');
    last = last ? last + 1 : form;
    size_t first_length = space ? (size_t)(space - form) : 0, n = strlen(last);
    if (n < (space ? 5u : 7u))
        return 1; /* short surnames ("Rubio", "Rubin") are too often two people */
    s->bucket = malloc(first_length + 3);
    s->last = strdup(last);
    s->member = member;
    if (!s->bucket || !s->last)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < first_length; i++)
        s->bucket[i] = (char)tolower((unsigned char)form[i]);
    s->bucket[first_length] = '|';
    s->bucket[first_length + 1] = (char)tolower((unsigned char)last[0]);
    s->bucket[first_length + 2] = '\0';
    for (char *c = s->last; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return SG_OK;
}

/* Unites every member of the run [a, a_end) with every member of [b, b_end). */
static void unite_runs(struct merging *m, const struct surname *s, size_t a, size_t a_end, size_t b,
                       size_t b_end)
{
    for (size_t i = a; i < a_end; i++)
        unite(m->parent, s[i].member, s[b].member);
    for (size_t j = b; j < b_end; j++)
        unite(m->parent, s[j].member, s[a].member);
}

/* The end of the run of equal bucket and surname that starts at i. */
static size_t run_end(const struct surname *s, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && strcmp(s[j].bucket, s[i].bucket) == 0 && strcmp(s[j].last, s[i].last) == 0)
        j++;
    return j;
}

/* Nonzero when a and b are one edit apart: one letter changed, added or removed (no
 * allocation, so that running out of memory cannot change which actors are joined). */
static int one_edit_apart(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n < m)
        return one_edit_apart(b, a);
    if (n - m > 1)
        return 0;
    size_t i = 0;
    while (i < m && a[i] == b[i])
        i++;
    if (i == m)
        return n == m + 1; /* equal, or one letter added at the end */
    return strcmp(a + i + 1, b + i + (n == m)) == 0;
}

/* Links the runs of one bucket, [from, to), whose surnames are one letter apart. */
static void link_bucket(struct merging *m, const struct surname *s, size_t from, size_t to)
{
    for (size_t a = from, a_end; a < to; a = a_end) {
        a_end = run_end(s, to, a);
        for (size_t b = a_end, b_end; b < to; b = b_end) {
            b_end = run_end(s, to, b);
            if (one_edit_apart(s[a].last, s[b].last))
                unite_runs(m, s, a, a_end, b, b_end);
        }
    }
}

static int collect_surnames(const struct merging *m, struct surname **out, size_t *count)
{
    size_t n = 0, capacity = 0;
    struct surname *s = NULL;
    int err = SG_OK;
    for (size_t k = 0; !err && k < m->member_count; k++) {
        const struct sg_actor *a = actor_of(m, k);
        for (size_t f = 0; !err && a->type == SG_ACTOR_PERSON && f <= a->alias_count; f++) {
            if (!proper(form_of(a, f)))
                continue;
            if (n == capacity) {
                capacity = capacity ? 2 * capacity : 64;
                struct surname *grown = realloc(s, capacity * sizeof *s);
                if (!grown) {
                    err = SG_ERR_NOMEM;
                    break;
                }
                s = grown;
            }
            s[n] = (struct surname){0};
            err = surname_of(form_of(a, f), k, &s[n]);
            if (err == SG_OK || err == SG_ERR_NOMEM)
                n++; /* kept, to be freed */
            if (err == 1)
                err = SG_OK;
        }
    }
    *out = s;
    *count = n;
    return err;
}

static int link_surnames(struct merging *m)
{
    struct surname *s;
    size_t n;
    int err = collect_surnames(m, &s, &n);
    if (!err && n > 1) {
        qsort(s, n, sizeof *s, by_bucket);
        for (size_t i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && strcmp(s[j].bucket, s[i].bucket) == 0;)
                j++;
            link_bucket(m, s, i, j);
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(s[i].bucket);
        free(s[i].last);
    }
    free(s);
    return err;
}

/* ---- one actor per joined set ------------------------------------------------------------ */

static void where(const struct merging *m, size_t k, char *out, size_t size)
{
    const struct member *member = &m->members[k];
    if (m->locate)
        m->locate(m->context, member->input, "actors", member->actor, out, size);
    else
        snprintf(out, size, "%s: actors[%zu]", m->inputs[member->input].file, member->actor);
}

static int by_set(const void *left, const void *right, void *context)
{
    struct merging *m = context;
    size_t a = *(const size_t *)left, b = *(const size_t *)right;
    size_t ra = find(m->parent, a), rb = find(m->parent, b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    return (a > b) - (a < b);
}

static int by_text(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* The smallest non-NULL of the members' field (group or role), with one warning when they
 * differ (one, not one per member: a long corpus names an actor many times). */
static const char *field_of(const struct merging *m, const size_t *k, size_t n, int role,
                            const char *id)
{
    const char *kept = NULL, *first = NULL, *other = NULL;
    size_t first_at = 0, other_at = 0;
    for (size_t i = 0; i < n; i++) {
        const char *v = role ? actor_of(m, k[i])->role : actor_of(m, k[i])->group;
        if (!v)
            continue;
        if (!first) {
            first = v;
            first_at = i;
        } else if (!other && strcmp(v, first) != 0) {
            other = v;
            other_at = i;
        }
        if (!kept || strcmp(v, kept) < 0)
            kept = v;
    }
    if (other)
        sg_diag_warning("actor '%s': %s '%s' in %s, but '%s' in %s; kept '%s'", id,
                        role ? "role" : "group", first,
                        m->inputs[m->members[k[first_at]].input].file, other,
                        m->inputs[m->members[k[other_at]].input].file, kept);
    return kept;
}

/* "a" or "an" before a type name. */
static const char *article(const char *word)
{
    return strchr("aeiou", word[0]) ? "an" : "a";
}

/* Which type a set with two keeps when resolving: the first in this order. */
static int precedence(enum sg_actor_type type)
{
    static const int order[SG_ACTOR_TYPE_COUNT] = {[SG_ACTOR_PERSON] = 0,
                                                   [SG_ACTOR_COUNTRY] = 1,
                                                   [SG_ACTOR_ORGANIZATION] = 2,
                                                   [SG_ACTOR_GROUP] = 3};
    return order[type];
}

/* The type of a set: its members' one type, or when they have two, an error (reported) or
 * with m->resolve the first by precedence (with a warning). Returns 0 or SG_ERR_DATA. */
static int type_of(const struct merging *m, const size_t *k, size_t n, enum sg_actor_type *type)
{
    size_t kept = 0, other = 0;
    for (size_t i = 1; i < n; i++) {
        enum sg_actor_type t = actor_of(m, k[i])->type;
        if (t != actor_of(m, k[kept])->type && !other)
            other = i;
        if (precedence(t) < precedence(actor_of(m, k[kept])->type))
            kept = i;
    }
    *type = actor_of(m, k[kept])->type;
    if (!other)
        return SG_OK;
    const struct sg_actor *a = actor_of(m, k[other]), *first = actor_of(m, k[0]);
    const char *ta = sg_actor_type_name(a->type), *tf = sg_actor_type_name(first->type);
    char here[256], there[256];
    where(m, k[other], here, sizeof here);
    where(m, k[0], there, sizeof there);
    if (m->resolve) {
        sg_diag_warning("%s: actor '%s' (%s) is %s %s, but '%s' (%s) at %s is %s %s: one actor "
                        "by id or name, kept as %s %s",
                        here, a->id, a->name, article(ta), ta, first->id, first->name, there,
                        article(tf), tf, article(sg_actor_type_name(*type)),
                        sg_actor_type_name(*type));
        return SG_OK;
    }
    sg_diag_at_path(here, NULL,
                    "actor '%s' (%s) is %s %s, but actor '%s' (%s) at %s, which has the same id "
                    "or a name in common, is %s %s: give one of them another id (or merge "
                    "--resolve keeps one type)",
                    a->id, a->name, article(ta), ta, first->id, first->name, there, article(tf),
                    tf);
    return SG_ERR_DATA;
}

/* The id, name and forms of a set into actor (strings borrowed from the inputs). */
static int names_of(const struct merging *m, const size_t *k, size_t n, struct sg_actor *actor,
                    const char ***forms, size_t *form_count)
{
    size_t total = 0, count = 0;
    for (size_t i = 0; i < n; i++)
        total += 1 + actor_of(m, k[i])->alias_count;
    const char **all = malloc(total * sizeof *all);
    if (!all)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const struct sg_actor *a = actor_of(m, k[i]);
        if (!actor->id || strcmp(a->id, actor->id) < 0)
            actor->id = a->id;
        size_t length = strlen(a->name), best = actor->name ? strlen(actor->name) : 0;
        if (!actor->name || length > best || (length == best && strcmp(a->name, actor->name) < 0))
            actor->name = a->name;
        for (size_t f = 0; f <= a->alias_count; f++)
            all[count++] = form_of(a, f);
    }
    qsort(all, count, sizeof *all, by_text);
    size_t kept = 0;
    for (size_t i = 0; i < count; i++)
        if (strcmp(all[i], actor->name) != 0 && (kept == 0 || strcmp(all[i], all[kept - 1]) != 0))
            all[kept++] = all[i];
    *forms = all;
    *form_count = kept;
    return SG_OK;
}

static int by_extra(const void *left, const void *right)
{
    const struct sg_extra *a = left, *b = right;
    int c = strcmp(a->key, b->key);
    return c ? c : strcmp(a->json, b->json);
}

/* The members' free-form fields, one per key (the first in byte order, with a warning). */
static int extras_of(const struct merging *m, const size_t *k, size_t n, const char *id,
                     struct sg_extras *extras)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += actor_of(m, k[i])->extras.count;
    if (total == 0)
        return SG_OK;
    struct sg_extra *all = malloc(total * sizeof *all);
    if (!all)
        return SG_ERR_NOMEM;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t e = 0; e < actor_of(m, k[i])->extras.count; e++)
            all[count++] = actor_of(m, k[i])->extras.items[e];
    qsort(all, count, sizeof *all, by_extra);
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (kept && strcmp(all[i].key, all[kept - 1].key) == 0) {
            if (strcmp(all[i].json, all[kept - 1].json) != 0)
                sg_diag_warning("actor '%s': field '%s' is %s and %s; kept %s", id, all[i].key,
                                all[kept - 1].json, all[i].json, all[kept - 1].json);
            continue;
        }
        all[kept++] = all[i];
    }
    extras->items = all;
    extras->count = kept;
    return SG_OK;
}

/* Adds the actor a set of members makes to out. */
static int add_set(struct merging *m, const size_t *k, size_t n)
{
    struct sg_actor actor = {0};
    if (type_of(m, k, n, &actor.type) != SG_OK)
        return SG_ERR_DATA;
    const char **forms = NULL;
    size_t form_count = 0;
    int err = names_of(m, k, n, &actor, &forms, &form_count);
    if (!err) {
        actor.group = (char *)field_of(m, k, n, 0, actor.id);
        actor.role = (char *)field_of(m, k, n, 1, actor.id);
        actor.aliases = (char **)forms;
        actor.alias_count = form_count;
        err = extras_of(m, k, n, actor.id, &actor.extras);
    }
    size_t index = m->out->actor_count;
    if (!err)
        err = sg_model_copy_actor(m->out, &actor);
    for (size_t i = 0; !err && i < n; i++)
        m->output_of[k[i]] = index;
    free(forms);
    free(actor.extras.items); /* borrowed strings */
    return err;
}

static int by_actor_id(const void *left, const void *right, void *context)
{
    const struct sg_actor *actors = context;
    return strcmp(actors[*(const size_t *)left].id, actors[*(const size_t *)right].id);
}

/* Puts out's actors in id order and follows them in output_of. */
static int sort_actors(struct merging *m)
{
    size_t n = m->out->actor_count;
    size_t *order = malloc((n + 1) * sizeof *order), *rank = malloc((n + 1) * sizeof *rank);
    struct sg_actor *sorted = malloc((n + 1) * sizeof *sorted);
    int err = order && rank && sorted ? SG_OK : SG_ERR_NOMEM;
    if (!err) {
        for (size_t a = 0; a < n; a++)
            order[a] = a;
        qsort_r(order, n, sizeof *order, by_actor_id, m->out->actors);
        for (size_t a = 0; a < n; a++) {
            rank[order[a]] = a;
            sorted[a] = m->out->actors[order[a]];
        }
        memcpy(m->out->actors, sorted, n * sizeof *sorted);
        for (size_t k = 0; k < m->member_count; k++)
            m->output_of[k] = rank[m->output_of[k]];
    }
    free(order);
    free(rank);
    free(sorted);
    return err;
}

/* One actor per set, in id order, and each member's actor in output_of. */
static int add_actors(struct merging *m)
{
    size_t *order = malloc((m->member_count + 1) * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t k = 0; k < m->member_count; k++)
        order[k] = k;
    qsort_r(order, m->member_count, sizeof *order, by_set, m);
    int err = SG_OK;
    for (size_t i = 0, j; !err && i < m->member_count; i = j) {
        size_t root = find(m->parent, order[i]);
        for (j = i + 1; j < m->member_count && find(m->parent, order[j]) == root;)
            j++;
        err = add_set(m, order + i, j - i);
    }
    free(order);
    return err ? err : sort_actors(m);
}

/* ---- relations --------------------------------------------------------------------------- */

static const char *extra_of(const struct sg_extras *extras, const char *key)
{
    for (size_t i = 0; i < extras->count; i++)
        if (strcmp(extras->items[i].key, key) == 0)
            return extras->items[i].json;
    return NULL;
}

/* Appends the field key with the JSON string of text (an id: nothing to escape). */
static int add_string_extra(struct sg_extras *extras, const char *key, const char *text)
{
    struct sg_extra *grown = realloc(extras->items, (extras->count + 1) * sizeof *grown);
    if (!grown)
        return SG_ERR_NOMEM;
    extras->items = grown;
    char *json = malloc(strlen(text) + 3), *copy = strdup(key);
    if (!json || !copy) {
        free(json);
        free(copy);
        return SG_ERR_NOMEM;
    }
    sprintf(json, "\"%s\"", text);
    extras->items[extras->count++] = (struct sg_extra){copy, json};
    return SG_OK;
}

/* Copies the input's statements to out, each with its date and its article. */
static int add_statements(struct merging *m, size_t input)
{
    const struct sg_model *model = m->inputs[input].model;
    size_t base = m->base[input];
    for (size_t s = 0; s < model->statement_count; s++) {
        const struct sg_statement *st = &model->statements[s];
        int err = sg_model_copy_statement(m->out, st, m->output_of[base + st->source],
                                          m->output_of[base + st->target]);
        if (err)
            return err;
        struct sg_statement *copy = &m->out->statements[m->out->statement_count - 1];
        if (!copy->date && model->info.date)
            err = sg_model_set_date(m->out, copy, model->info.date);
        if (!err && model->info.article_count == 0 && !extra_of(&copy->extras, "article"))
            err = add_string_extra(&copy->extras, "article", model->info.id);
        if (err)
            return err;
    }
    return SG_OK;
}

static int compare_text(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* Where the statement's cue starts in its article (its "offsets"), or -1. */
static long cue_position(const struct sg_statement *s)
{
    const char *offsets = extra_of(&s->extras, "offsets");
    const char *cue = offsets ? strstr(offsets, "\"cue\"") : NULL;
    const char *bracket = cue ? strchr(cue, '[') : NULL;
    return bracket ? strtol(bracket + 1, NULL, 10) : -1;
}

static int compare_extras(const struct sg_extras *a, const struct sg_extras *b)
{
    if (a->count != b->count)
        return a->count < b->count ? -1 : 1;
    for (size_t i = 0; i < a->count; i++) {
        int c = strcmp(a->items[i].key, b->items[i].key);
        if (!c)
            c = strcmp(a->items[i].json, b->items[i].json);
        if (c)
            return c;
    }
    return 0;
}

/* Date, article, place in the article, then everything else: an order on content alone. */
static int by_content(const void *left, const void *right, void *context)
{
    const struct sg_actor *actors = context;
    const struct sg_statement *a = left, *b = right;
    int c = compare_text(a->date, b->date);
    if (!c)
        c = compare_text(extra_of(&a->extras, "article"), extra_of(&b->extras, "article"));
    long pa = cue_position(a), pb = cue_position(b);
    if (!c && pa != pb)
        c = pa < pb ? -1 : 1;
    if (!c)
        c = strcmp(actors[a->source].id, actors[b->source].id);
    if (!c)
        c = strcmp(actors[a->target].id, actors[b->target].id);
    if (!c && a->type != b->type)
        c = a->type < b->type ? -1 : 1;
    if (!c && a->weight != b->weight)
        c = a->weight < b->weight ? -1 : 1;
    if (!c)
        c = compare_text(a->evidence, b->evidence);
    return c ? c : compare_extras(&a->extras, &b->extras);
}

static int add_relations(struct merging *m)
{
    for (size_t i = 0; i < m->count; i++) {
        int err = add_statements(m, i);
        if (err)
            return err;
    }
    if (m->out->statement_count > 1) /* none: statements may be NULL */
        qsort_r(m->out->statements, m->out->statement_count, sizeof *m->out->statements, by_content,
                m->out->actors);
    return sg_model_build_ties(m->out);
}

/* ---- articles ---------------------------------------------------------------------------- */

struct entry {
    struct sg_article article; /* borrowed strings */
    size_t input;
};

static int by_article(const void *left, const void *right)
{
    const struct entry *a = left, *b = right;
    int c = strcmp(a->article.id, b->article.id);
    if (!c)
        c = strcmp(a->article.date, b->article.date);
    if (!c)
        c = compare_text(a->article.title, b->article.title);
    return c ? c : compare_text(a->article.url, b->article.url);
}

/* The inputs' articles (an input that lists none is one), sorted; NULL on out of memory. */
static struct entry *entries_of(const struct merging *m, size_t *count)
{
    size_t n = 0;
    for (size_t i = 0; i < m->count; i++)
        n += m->inputs[i].model->info.article_count ? m->inputs[i].model->info.article_count : 1;
    struct entry *entries = malloc((n + 1) * sizeof *entries);
    if (!entries)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < m->count; i++) {
        const struct sg_snapshot_info *info = &m->inputs[i].model->info;
        for (size_t a = 0; a < info->article_count; a++)
            entries[k++] = (struct entry){info->articles[a], i};
        if (info->article_count == 0)
            entries[k++] = (struct entry){{info->id, info->date, info->title, info->source}, i};
    }
    qsort(entries, n, sizeof *entries, by_article);
    *count = n;
    return entries;
}

static int add_articles(struct merging *m)
{
    size_t n;
    struct entry *entries = entries_of(m, &n);
    if (!entries)
        return SG_ERR_NOMEM;
    int err = SG_OK;
    for (size_t i = 0; !err && i < n; i++) {
        if (i > 0 && by_article(&entries[i], &entries[i - 1]) == 0)
            continue;
        if (i > 0 && strcmp(entries[i].article.id, entries[i - 1].article.id) == 0) {
            sg_diag_at_path(m->inputs[entries[i].input].file, NULL,
                            "article '%s' differs from the article '%s' of %s (date, title or "
                            "url): two articles cannot share an id",
                            entries[i].article.id, entries[i].article.id,
                            m->inputs[entries[i - 1].input].file);
            err = SG_ERR_DATA;
        } else {
            err = sg_model_add_article(&m->out->info, &entries[i].article);
        }
    }
    free(entries);
    return err;
}

/* The log's date: its latest article or relation date. */
static const char *latest(const struct sg_model *out)
{
    const char *date = NULL;
    for (size_t i = 0; i < out->info.article_count; i++)
        if (!date || strcmp(out->info.articles[i].date, date) > 0)
            date = out->info.articles[i].date;
    for (size_t i = 0; i < out->statement_count; i++)
        if (out->statements[i].date && (!date || strcmp(out->statements[i].date, date) > 0))
            date = out->statements[i].date;
    return date;
}

static int set_up(struct merging *m)
{
    for (size_t i = 0; i < m->count; i++) {
        m->base[i] = m->member_count;
        m->member_count += m->inputs[i].model->actor_count;
    }
    m->members = malloc((m->member_count + 1) * sizeof *m->members);
    m->parent = malloc((m->member_count + 1) * sizeof *m->parent);
    m->output_of = malloc((m->member_count + 1) * sizeof *m->output_of);
    if (!m->members || !m->parent || !m->output_of)
        return SG_ERR_NOMEM;
    for (size_t i = 0, k = 0; i < m->count; i++)
        for (size_t a = 0; a < m->inputs[i].model->actor_count; a++, k++) {
            m->members[k] = (struct member){i, a};
            m->parent[k] = k;
        }
    return SG_OK;
}

static int set_info(struct sg_model *out, const char *id, const char *title)
{
    const char *date = latest(out);
    out->info.id = strdup(id);
    out->info.date = date ? strdup(date) : NULL;
    out->info.title = title ? strdup(title) : NULL;
    return out->info.id && (!date || out->info.date) && (!title || out->info.title) ? SG_OK
                                                                                    : SG_ERR_NOMEM;
}

int sg_merge(const struct sg_merge_input *inputs, size_t count,
             const struct sg_merge_options *options, struct sg_model *out)
{
    struct merging m = {inputs, count, options->locate, options->context, NULL, 0, NULL, NULL,
                        NULL,   out,   options->resolve};
    const char *id = options->id, *title = options->title;
    m.base = malloc((count + 1) * sizeof *m.base);
    int err = m.base ? set_up(&m) : SG_ERR_NOMEM;
    if (!err)
        err = link_names(&m);
    if (!err)
        err = link_surnames(&m);
    if (!err)
        err = add_actors(&m);
    if (!err)
        err = add_relations(&m);
    if (!err)
        err = add_articles(&m);
    if (!err)
        err = set_info(out, id, title);
    free(m.base);
    free(m.members);
    free(m.parent);
    free(m.output_of);
    return err;
}
