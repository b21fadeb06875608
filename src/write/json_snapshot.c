/*
 * The stancegraph/1 snapshot as JSON: the whole snapshot (what load/json.c reads back to the
 * same model), and the pieces of it that the DOT diagram carries as compact JSON attributes
 * (what load/dot.c reads back): the head, one actor with its index, one tie's relations with
 * theirs. Free-form fields go in as the raw JSON text the model keeps.
 */
#include "write/json.h"

#include "base/diag.h"
#include "write/json_build.h"

#include <stdlib.h>

static cJSON *info_object(struct sg_json_builder *w, const struct sg_model *model)
{
    cJSON *snapshot = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, snapshot, "id", model->info.id);
    sg_json_add_string(w, snapshot, "date", model->info.date);
    sg_json_add_string(w, snapshot, "title", model->info.title);
    sg_json_add_string(w, snapshot, "source", model->info.source);
    sg_json_add_articles(w, snapshot, &model->info);
    for (size_t e = 0; snapshot && e < model->info.extras.count; e++)
        sg_json_add(w, snapshot, model->info.extras.items[e].key,
                    cJSON_CreateRaw(model->info.extras.items[e].json));
    return snapshot;
}

static cJSON *actor_object(struct sg_json_builder *w, const struct sg_actor *actor)
{
    cJSON *object = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, object, "id", actor->id);
    sg_json_add_string(w, object, "name", actor->name);
    sg_json_add_string(w, object, "type", sg_actor_type_name(actor->type));
    sg_json_add_string(w, object, "group", actor->group);
    sg_json_add_string(w, object, "role", actor->role);
    if (object && actor->alias_count > 0) {
        cJSON *aliases = sg_json_check(w, cJSON_CreateArray());
        for (size_t a = 0; aliases && a < actor->alias_count; a++)
            sg_json_append(w, aliases, cJSON_CreateString(actor->aliases[a]));
        sg_json_add(w, object, "aliases", aliases);
    }
    for (size_t e = 0; object && e < actor->extras.count; e++)
        sg_json_add(w, object, actor->extras.items[e].key,
                    cJSON_CreateRaw(actor->extras.items[e].json));
    return object;
}

static cJSON *relation_object(struct sg_json_builder *w, const struct sg_model *model,
                              const struct sg_statement *statement)
{
    cJSON *object = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, object, "source", model->actors[statement->source].id);
    sg_json_add_string(w, object, "target", model->actors[statement->target].id);
    sg_json_add_string(w, object, "type", sg_stance_name(statement->type));
    if (object)
        sg_json_add(w, object, "weight", sg_json_number(w, statement->weight));
    sg_json_add_string(w, object, "date", statement->date);
    sg_json_add_string(w, object, "evidence", statement->evidence);
    for (size_t e = 0; object && e < statement->extras.count; e++)
        sg_json_add(w, object, statement->extras.items[e].key,
                    cJSON_CreateRaw(statement->extras.items[e].json));
    return object;
}

cJSON *sg_json_snapshot(struct sg_json_builder *w, const struct sg_model *model)
{
    cJSON *root = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, root, "format", "stancegraph/1");
    sg_json_add(w, root, "snapshot", info_object(w, model));
    cJSON *actors = sg_json_check(w, cJSON_CreateArray());
    for (size_t i = 0; actors && i < model->actor_count; i++)
        sg_json_append(w, actors, actor_object(w, &model->actors[i]));
    sg_json_add(w, root, "actors", actors);
    cJSON *relations = sg_json_check(w, cJSON_CreateArray());
    for (size_t i = 0; relations && i < model->statement_count; i++)
        sg_json_append(w, relations, relation_object(w, model, &model->statements[i]));
    sg_json_add(w, root, "relations", relations);
    return root;
}

int sg_write_snapshot_json(const struct sg_model *model, char **text)
{
    struct sg_json_builder w = {0};
    return sg_json_finish(&w, sg_json_snapshot(&w, model), text);
}

int sg_write_actor_list_json(const struct sg_model *model, char **text)
{
    struct sg_json_builder w = {0};
    cJSON *actors = sg_json_check(&w, cJSON_CreateArray());
    for (size_t i = 0; actors && i < model->actor_count; i++)
        sg_json_append(&w, actors, actor_object(&w, &model->actors[i]));
    return sg_json_finish(&w, actors, text);
}

int sg_write_snapshot_head_json(const struct sg_model *model, size_t actors_shown, char **text)
{
    struct sg_json_builder w = {0};
    cJSON *head = sg_json_check(&w, cJSON_CreateObject());
    sg_json_add_string(&w, head, "format", "stancegraph/1");
    sg_json_add(&w, head, "snapshot", info_object(&w, model));
    if (actors_shown < model->actor_count) {
        sg_json_add(&w, head, "actors_shown", sg_json_count(&w, actors_shown));
        sg_json_add(&w, head, "actors_total", sg_json_count(&w, model->actor_count));
    }
    return sg_json_finish_compact(&w, head, text);
}

int sg_write_actor_entry_json(const struct sg_model *model, size_t index, char **text)
{
    struct sg_json_builder w = {0};
    cJSON *pair = sg_json_check(&w, cJSON_CreateArray());
    sg_json_append(&w, pair, sg_json_count(&w, index));
    sg_json_append(&w, pair, actor_object(&w, &model->actors[index]));
    return sg_json_finish_compact(&w, pair, text);
}

int sg_write_tie_relations_json(const struct sg_model *model, size_t tie, char **text)
{
    struct sg_json_builder w = {0};
    cJSON *relations = sg_json_check(&w, cJSON_CreateArray());
    for (size_t i = model->ties[tie].first_statement; relations && i != SG_MODEL_END;
         i = model->statements[i].next_in_tie) {
        cJSON *pair = sg_json_check(&w, cJSON_CreateArray());
        sg_json_append(&w, pair, sg_json_count(&w, i));
        sg_json_append(&w, pair, relation_object(&w, model, &model->statements[i]));
        sg_json_append(&w, relations, pair);
    }
    return sg_json_finish_compact(&w, relations, text);
}
