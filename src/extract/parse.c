/*
 * Link Grammar for extract (parse.h). A sentence is rewritten for the parser piece by piece:
 * mentions become placeholder given names the dictionary knows, single curly quotes, dashes
 * and no-break spaces become ASCII, double quotation marks and "on Sunday" after a name are left
 * out, and every piece records where it came from, so that each word
 * of a linkage maps back to article bytes. The only file that includes Link Grammar; the rewriting
 * itself is in parse_rewrite.c and parse_words.c (parse_parts.h).
 */
#include "extract/parse_parts.h"

#include "base/diag.h"
#include "base/text.h"

#include <ctype.h>
#include <link-grammar/link-includes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The parser's messages (dictionary found, locale) are not the user's concern. */
static void quiet(lg_errinfo *info, void *data)
{
    (void)info;
    (void)data;
}

struct sg_parser {
    Dictionary dictionary;
    Parse_Options options;
};

/* The dictionary is read-only once made, and Link Grammar lets threads share it: one for the
 * process, made on first use (about 0.2 s) and freed at exit. Made under a lock with none of our
 * own allocations, so that a failed attempt is simply tried again. */
static pthread_mutex_t dictionary_lock = PTHREAD_MUTEX_INITIALIZER;
static Dictionary dictionary;

static void free_dictionary(void)
{
    if (dictionary)
        dictionary_delete(dictionary);
    dictionary = NULL;
}

static Dictionary shared_dictionary(void)
{
    pthread_mutex_lock(&dictionary_lock);
    if (!dictionary) {
        lg_error_set_handler(quiet, NULL);
        dictionary = dictionary_create_lang("en");
        if (dictionary)
            atexit(free_dictionary);
    }
    Dictionary d = dictionary;
    pthread_mutex_unlock(&dictionary_lock);
    return d;
}

int sg_parser_open(struct sg_parser **out)
{
    *out = NULL;
    Dictionary d = shared_dictionary();
    if (!d) {
        sg_diag_error("the parser's English dictionary cannot be loaded "
                      "(Debian's link-grammar-dictionaries-en)");
        return SG_ERR_LIBRARY;
    }
    struct sg_parser *parser = calloc(1, sizeof *parser);
    if (!parser)
        return SG_ERR_NOMEM;
    lg_error_set_handler(quiet, NULL); /* the handler is the calling thread's */
    parser->dictionary = d;
    parser->options = parse_options_create();
    if (!parser->options) {
        free(parser);
        return SG_ERR_NOMEM;
    }
    Parse_Options o = parser->options;
    parse_options_set_verbosity(o, 0);
    parse_options_set_linkage_limit(o, 100);
    parse_options_set_repeatable_rand(o, 1); /* the same linkages on every run */
    parse_options_set_spell_guess(o, 0);
    parse_options_set_max_parse_time(o, SG_PARSE_SECONDS);
    *out = parser;
    return 0;
}

void sg_parser_close(struct sg_parser *parser)
{
    if (!parser)
        return;
    if (parser->options)
        parse_options_delete(parser->options);
    free(parser);
}

/* The piece holding parse offset at (pieces are in order and cover the text). */
static const struct piece *piece_at(const struct rewrite *r, size_t at)
{
    size_t low = 0, high = r->count;
    while (high - low > 1) {
        size_t middle = (low + high) / 2;
        if (r->pieces[middle].at <= at)
            low = middle;
        else
            high = middle;
    }
    return &r->pieces[low];
}

/* Part of speech from the parser's subscript: "criticised.v-d" is a verb. */
static char pos_of(const char *label)
{
    const char *dot = strrchr(label, '.');
    if (!dot || dot == label || !islower((unsigned char)dot[1]))
        return 0;
    switch (dot[1]) {
    case 'v':
    case 'q':
        return 'v';
    case 'g':
        return 'g';
    case 'n':
    case 's':
    case 'm':
    case 'f':
    case 'b':
    case 'c':
        return 'n';
    case 'a':
        return 'a';
    case 'j':
        return 'j';
    case 'p':
    case 'r':
        return 'p';
    default:
        return 0;
    }
}

/* The word as typed: the label without its subscript, any "[...]" guess mark or the brackets of
 * an unlinked word, lowercased. */
static char *plain_word(const char *label)
{
    if (label[0] == '[' && label[1])
        label++;
    size_t length = strcspn(label, "[");
    const char *dot = strrchr(label, '.');
    if (dot && dot > label && (size_t)(dot - label) < length && islower((unsigned char)dot[1]))
        length = (size_t)(dot - label);
    if (length && label[length - 1] == ']')
        length--;
    char *word = strndup(label, length);
    for (char *c = word; c && *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return word;
}

/* The n bytes at from as a new lowercase string (a stand-in's word as written), or NULL. */
static char *lowercase_dup(const char *from, size_t n)
{
    char *word = strndup(from, n);
    for (char *c = word; c && *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return word;
}

static int map_words(const struct rewrite *r, Linkage linkage, struct sg_sentence sentence,
                     struct sg_parse *out)
{
    size_t count = (size_t)linkage_get_num_words(linkage);
    out->words = calloc(count, sizeof *out->words);
    if (!out->words)
        return SG_ERR_NOMEM;
    out->word_count = count;
    for (size_t w = 0; w < count; w++) {
        struct sg_parse_word *word = &out->words[w];
        const char *label = linkage_get_word(linkage, (WordIdx)w);
        int start = linkage_get_word_byte_start(linkage, (WordIdx)w);
        int end = linkage_get_word_byte_end(linkage, (WordIdx)w);
        word->mention = -1;
        word->start = word->end = sentence.start;
        if (start >= 0 && end > start && (size_t)start < r->length) {
            const struct piece *p = piece_at(r, (size_t)start);
            word->mention = p->mention;
            word->start = p->copied ? p->from + ((size_t)start - p->at) : p->from;
            const struct piece *q = piece_at(r, (size_t)end - 1);
            word->end = q->copied ? q->from + ((size_t)end - 1 - q->at) + 1 : q->from + q->length;
        }
        word->pos = pos_of(label);
        word->capital = word->end > word->start && isupper((unsigned char)r->source[word->start]);
        int stand_in =
            start >= 0 && (size_t)start < r->length && piece_at(r, (size_t)start)->stand_in;
        word->word = word->mention >= 0 ? strdup("")
                     : stand_in ? lowercase_dup(r->source + word->start, word->end - word->start)
                                : plain_word(label);
        if (!word->word)
            return SG_ERR_NOMEM;
    }
    return 0;
}

static int copy_linkage(Linkage linkage, struct sg_linkage *out)
{
    size_t count = (size_t)linkage_get_num_links(linkage);
    out->links = calloc(count ? count : 1, sizeof *out->links);
    if (!out->links)
        return SG_ERR_NOMEM;
    out->link_count = count;
    for (size_t i = 0; i < count; i++) {
        struct sg_parse_link *link = &out->links[i];
        link->left = (size_t)linkage_get_link_lword(linkage, (LinkIdx)i);
        link->right = (size_t)linkage_get_link_rword(linkage, (LinkIdx)i);
        const char *label = linkage_get_link_label(linkage, (LinkIdx)i);
        strncpy(link->label, label ? label : "", sizeof link->label - 1);
    }
    return 0;
}

/* Parses with no unlinked word first, then allowing one, then, in a short sentence, two. Returns
 * the linkage count, or -1 when the time limit was reached. */
static int run_parser(struct sg_parser *parser, Sentence sentence)
{
    Parse_Options o = parser->options;
    parse_options_set_min_null_count(o, 0);
    parse_options_set_max_null_count(o, 0);
    int found = sentence_parse(sentence, o);
    if (found <= 0 && !parse_options_timer_expired(o)) {
        parse_options_set_min_null_count(o, 1);
        parse_options_set_max_null_count(o, SG_PARSE_MAX_NULLS);
        found = sentence_parse(sentence, o);
    }
    if (found <= 0 && !parse_options_timer_expired(o) &&
        sentence_length(sentence) <= SG_PARSE_SHORT_WORDS) {
        parse_options_set_min_null_count(o, SG_PARSE_MAX_NULLS + 1);
        parse_options_set_max_null_count(o, SG_PARSE_SHORT_NULLS);
        found = sentence_parse(sentence, o);
    }
    return parse_options_timer_expired(o) ? -1 : found;
}

/* Whether the linkage holds a link from word left to word right whose label starts with
 * prefix. */
static int linked_as(const struct sg_linkage *linkage, size_t left, size_t right,
                     const char *prefix)
{
    for (size_t i = 0; i < linkage->link_count; i++)
        if (linkage->links[i].left == left && linkage->links[i].right == right &&
            strncmp(linkage->links[i].label, prefix, strlen(prefix)) == 0)
            return 1;
    return 0;
}

/* The linkage after the first that makes the "to" at t the infinitive the verb at v takes
 * (TO), or 0. */
static size_t linking(const struct sg_parse *parse, size_t v, size_t t)
{
    for (size_t k = 1; k < parse->linkage_count; k++)
        if (linked_as(&parse->linkages[k], v, t, "TO"))
            return k;
    return 0;
}

/* Puts linkage k first, the others after it in their order. */
static void put_first(struct sg_parse *parse, size_t k)
{
    struct sg_linkage chosen = parse->linkages[k];
    memmove(&parse->linkages[1], &parse->linkages[0], k * sizeof parse->linkages[0]);
    parse->linkages[0] = chosen;
}

/* An infinitive right after a verb is that verb's ("Talks broke down after X refused to meet
 * Y's demands"): when the best linkage hangs its "to" on an earlier verb instead (MVi, a
 * purpose), the first linkage that makes it the complement of the verb before it (TO) comes
 * first. */
static void nearest_infinitive(struct sg_parse *parse)
{
    const struct sg_linkage *best = &parse->linkages[0];
    for (size_t i = 0; i < best->link_count; i++) {
        const struct sg_parse_link *l = &best->links[i];
        size_t t = l->right;
        if (strncmp(l->label, "MVi", 3) != 0 || t < 2 || l->left + 1 >= t ||
            strcmp(parse->words[t].word, "to") != 0 || parse->words[t - 1].pos != 'v')
            continue;
        size_t k = linking(parse, t - 1, t);
        if (k)
            put_first(parse, k);
        return;
    }
}

/* The first linkage after the best in which the verb form at v has the name before it as its
 * subject (S) and the name after it as its object (O), or 0. */
static size_t verb_linkage(const struct sg_parse *parse, size_t v)
{
    for (size_t k = 1; k < parse->linkage_count; k++)
        if (linked_as(&parse->linkages[k], v - 1, v, "S") &&
            linked_as(&parse->linkages[k], v, v + 1, "O"))
            return k;
    return 0;
}

/* A name, a verb form and a name are a clause ("Dubois criticised Russia, and China criticised
 * the EU"; "Okoye criticised Norvik and the FCA praised ..."): when the best linkage reads them
 * as one noun phrase, the verb an adjective (A) of a name after it (which then became, alone or
 * in a list, the subject of the next clause's verb), the first linkage that makes the verb a
 * verb with its subject and object comes first. */
static void clause_not_noun(struct sg_parse *parse)
{
    const struct sg_linkage *best = &parse->linkages[0];
    for (size_t i = 0; i < best->link_count; i++) {
        const struct sg_parse_link *l = &best->links[i];
        size_t v = l->left;
        if (l->label[0] != 'A' || isupper((unsigned char)l->label[1]) || v == 0 ||
            v + 1 >= parse->word_count || parse->words[v].pos != 'v' ||
            parse->words[l->right].mention < 0 || parse->words[v - 1].mention < 0 ||
            parse->words[v + 1].mention < 0)
            continue;
        size_t k = verb_linkage(parse, v);
        if (k)
            put_first(parse, k);
        return;
    }
}

static int collect(const struct rewrite *r, struct sg_parser *parser, Sentence sentence, int found,
                   struct sg_sentence span, struct sg_parse *out)
{
    for (int i = 0; i < found && out->linkage_count < SG_PARSE_MAX_LINKAGES; i++) {
        Linkage linkage = linkage_create(i, sentence, parser->options);
        if (!linkage)
            continue;
        int status = 0;
        /* Every linkage of a sentence has the same words; only its links differ. */
        if (!out->words)
            status = map_words(r, linkage, span, out);
        if (!status && (size_t)linkage_get_num_words(linkage) == out->word_count)
            status = copy_linkage(linkage, &out->linkages[out->linkage_count++]);
        linkage_delete(linkage);
        if (status)
            return status;
    }
    out->null_count = sentence_null_count(sentence);
    if (out->linkage_count > 1) {
        nearest_infinitive(out);
        clause_not_noun(out);
    }
    return out->linkage_count ? 0 : SG_PARSE_NONE;
}

/* Parses the sentence rewritten as sg_parse_sentence does, more boldly when simpler is set, with
 * the mention nominative (or none, -1) written "he"; with simpler, SG_PARSE_NONE when that
 * rewriting leaves nothing more out. */
static int parse_once(struct sg_parser *parser, const char *text, struct sg_sentence span,
                      const struct sg_mention *mentions, size_t mention_count,
                      const struct sg_model *lexicon, int simpler, long nominative,
                      struct sg_parse *out)
{
    memset(out, 0, sizeof *out);
    struct rewrite r = {.source = text, .simpler = simpler, .nominative = nominative};
    sg_parse_rewrite_sentence(&r, text, span, mentions, mention_count, lexicon);
    if (r.failed || !r.text || (simpler && !r.simplified)) {
        free(r.text);
        free(r.pieces);
        return r.failed ? SG_ERR_NOMEM : SG_PARSE_NONE;
    }
    int status = SG_PARSE_NONE;
    Sentence sentence = sentence_create(r.text, parser->dictionary);
    if (sentence && sentence_split(sentence, parser->options) == 0 &&
        sentence_length(sentence) <= SG_PARSE_MAX_WORDS) {
        int found = run_parser(parser, sentence);
        if (found > 0)
            status = collect(&r, parser, sentence, found, span, out);
        else if (found < 0)
            status = SG_PARSE_TIMEOUT;
    }
    if (sentence)
        sentence_delete(sentence);
    free(r.text);
    free(r.pieces);
    if (status)
        sg_parse_destroy(out);
    return status;
}

/* Whether a word joins what is on its either side ("and", "or", a comma). */
static int joined(const char *word)
{
    return strcmp(word, "and") == 0 || strcmp(word, "or") == 0 || strcmp(word, ",") == 0;
}

/* The mention the best linkage does not make the subject of the verb right after it where it
 * may well be, or -1: one read as a noun the participle after it modifies (Mv: "says [the
 * district made] proposals"), or as the object of a word that also opens a clause ("after
 * [the EU] refused to meet"). Only a mention the parser sees as one word counts, not one joined
 * to another ("Obama and Hu promised": "he" would split the pair). */
static long subject_missed(const struct sg_parse *parse)
{
    static const char *const openers[] = {"after",   "before", "until",  "since", "when",
                                          "because", "once",   "unless", NULL};
    const struct sg_linkage *best = &parse->linkages[0];
    for (size_t a = 1; a + 1 < parse->word_count; a++) {
        const struct sg_parse_word *before = &parse->words[a - 1];
        if (parse->words[a].mention < 0 || parse->words[a + 1].pos != 'v' || before->mention >= 0 ||
            joined(before->word) || linked_as(best, a, a + 1, "S"))
            continue;
        if (linked_as(best, a, a + 1, "Mv") ||
            (sg_text_word_listed(before->word, strlen(before->word), openers) &&
             linked_as(best, a - 1, a, "J")))
            return parse->words[a].mention;
    }
    return -1;
}

/* Parses the sentence (parse_once); when the best linkage misses a name's being the subject of
 * the verb after it (subject_missed), parses it again with the name written "he", which only a
 * subject can be ("after he refused to meet"), and keeps that parse when it leaves no more words
 * unlinked. */
static int parse_rewritten(struct sg_parser *parser, const char *text, struct sg_sentence span,
                           const struct sg_mention *mentions, size_t mention_count,
                           const struct sg_model *lexicon, int simpler, struct sg_parse *out)
{
    int status = parse_once(parser, text, span, mentions, mention_count, lexicon, simpler, -1, out);
    long subject = status ? -1 : subject_missed(out);
    if (subject < 0)
        return status;
    struct sg_parse again;
    int again_status =
        parse_once(parser, text, span, mentions, mention_count, lexicon, simpler, subject, &again);
    if (again_status == SG_ERR_NOMEM) {
        sg_parse_destroy(out);
        return again_status;
    }
    if (again_status || again.null_count > out->null_count) {
        if (!again_status)
            sg_parse_destroy(&again);
        return status;
    }
    sg_parse_destroy(out);
    *out = again;
    return 0;
}

int sg_parse_sentence(struct sg_parser *parser, const char *text, struct sg_sentence span,
                      const struct sg_mention *mentions, size_t mention_count,
                      const struct sg_model *lexicon, struct sg_parse *out)
{
    return parse_rewritten(parser, text, span, mentions, mention_count, lexicon, 0, out);
}

int sg_parse_simpler(struct sg_parser *parser, const char *text, struct sg_sentence span,
                     const struct sg_mention *mentions, size_t mention_count,
                     const struct sg_model *lexicon, struct sg_parse *out)
{
    return parse_rewritten(parser, text, span, mentions, mention_count, lexicon, 1, out);
}

void sg_parse_destroy(struct sg_parse *parse)
{
    if (!parse)
        return;
    for (size_t w = 0; w < parse->word_count; w++)
        free(parse->words[w].word);
    free(parse->words);
    for (size_t i = 0; i < parse->linkage_count; i++)
        free(parse->linkages[i].links);
    memset(parse, 0, sizeof *parse);
}
