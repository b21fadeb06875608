/*
 * The stancegraph version, recorded in every output's provenance.
 */
#ifndef SG_BASE_VERSION_H
#define SG_BASE_VERSION_H

#define SG_VERSION "0.1.0"

#endif
