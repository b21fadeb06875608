/*
 * stancegraph extract: proposes a stance snapshot from an article's text and an actor lexicon.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/command.h"
#include "extract/extract.h"
#include "load/input.h"
#include "load/json.h"
#include "write/json.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph extract --actors LEXICON [options] ARTICLE\n"
    "       stancegraph extract --print-cues\n"
    "\n"
    "Proposes a stance snapshot (stancegraph/1) from the text of ARTICLE (UTF-8): the actors\n"
    "of LEXICON (a stancegraph/1 snapshot: its actors' names and aliases are what is looked\n"
    "for) and the stance statements found sentence by sentence, each with its sentence as\n"
    "evidence, the cue, rule and confidence behind it, and the byte offsets of source, cue\n"
    "and target. Rule-based: active and passive verbs, lists, coordinated subjects, joint\n"
    "talks, reversed noun frames, negation, modality, pronouns and quotations; see\n"
    "docs/EXTRACT.md. With no stance found, the snapshot lists the actors named (or, with\n"
    "none named, the lexicon's) and a warning is printed.\n"
    "\n"
    "options:\n"
    "  -a, --actors FILE    the actor lexicon (required)\n"
    "  -o, --output FILE    where to write the snapshot (default: standard output)\n"
    "      --date DATE      the snapshot's date, YYYY-MM-DD (default: the lexicon's)\n"
    "      --id ID          the snapshot's id (default: extracted)\n"
    "      --cues FILE      the stance cues to use instead of the built-in ones\n"
    "                       (a stancegraph-cues/1 JSON file)\n"
    "      --print-cues     print the built-in cue file and exit (a start for --cues)\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid lexicon, cue file or text, 66 cannot read input,\n"
    "73 cannot create output, 74 cannot write output.\n";

int cmd_extract(int argc, char **argv)
{
    enum { OPT_DATE = 256, OPT_ID, OPT_CUES, OPT_PRINT_CUES };
    static const struct option options[] = {{"actors", required_argument, NULL, 'a'},
                                            {"output", required_argument, NULL, 'o'},
                                            {"date", required_argument, NULL, OPT_DATE},
                                            {"id", required_argument, NULL, OPT_ID},
                                            {"cues", required_argument, NULL, OPT_CUES},
                                            {"print-cues", no_argument, NULL, OPT_PRINT_CUES},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *lexicon_path = NULL, *output = "-", *date = NULL, *id = "extracted";
    const char *cues_path = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "a:o:h", options, NULL)) != -1) {
        switch (c) {
        case 'a':
            lexicon_path = optarg;
            break;
        case 'o':
            output = optarg;
            break;
        case OPT_DATE:
            if (!sg_text_is_valid_date(optarg))
                return sg_cmd_usage_error("extract", "--date takes YYYY-MM-DD, not '%s'", optarg);
            date = optarg;
            break;
        case OPT_ID:
            if (!sg_text_is_valid_id(optarg))
                return sg_cmd_usage_error("extract",
                                          "--id takes 1-64 characters of A-Z a-z 0-9 . _ -, "
                                          "not '%s'",
                                          optarg);
            id = optarg;
            break;
        case OPT_CUES:
            cues_path = optarg;
            break;
        case OPT_PRINT_CUES:
            return fwrite(sg_cues_builtin_json, 1, sg_cues_builtin_size, stdout) ==
                               sg_cues_builtin_size &&
                           fflush(stdout) == 0
                       ? SG_EXIT_OK
                       : SG_EXIT_IOERR;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            if (optopt == 'a' || optopt == 'o')
                return sg_cmd_usage_error("extract", "option '-%c' needs a value", optopt);
            return sg_cmd_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (!lexicon_path)
        return sg_cmd_usage_error("extract", "no actor lexicon given (--actors FILE)");
    if (argc - optind != 1)
        return sg_cmd_usage_error("extract", "one article at a time (got %d)", argc - optind);

    struct sg_model lexicon, proposed;
    struct sg_cues cues = {0};
    char *text = NULL, *json = NULL;
    size_t length = 0;
    sg_model_init(&lexicon);
    sg_model_init(&proposed);
    int err = sg_load_input(lexicon_path, &lexicon);
    if (!err)
        err = sg_infile_read(argv[optind], &text, &length);
    if (!err)
        err = sg_infile_check_text(sg_cmd_display_name(argv[optind]), text, length);
    if (!err)
        err = cues_path ? sg_cues_load_file(cues_path, &cues) : sg_cues_builtin(&cues);
    size_t named = 0;
    if (!err)
        err = sg_extract(text, length, &lexicon, &cues, id, date ? date : lexicon.info.date,
                         &proposed, &named);
    if (!err && proposed.statement_count == 0) {
        const char *name = sg_cmd_display_name(argv[optind]);
        if (named == 0)
            sg_diag_warning("%s: no actor of %s is named in the text; the snapshot lists the "
                            "lexicon's actors and no relation",
                            name, sg_cmd_display_name(lexicon_path));
        else
            sg_diag_warning("%s: no stance statement found; the snapshot lists the actors named "
                            "and no relation",
                            name);
    }
    if (!err)
        err = sg_write_snapshot_json(&proposed, &json);
    if (!err)
        err = sg_outfile_write(output, json, strlen(json));
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    free(text);
    free(json);
    sg_model_destroy(&lexicon);
    sg_model_destroy(&proposed);
    sg_cues_destroy(&cues);
    return sg_exit_status_for(err);
}
