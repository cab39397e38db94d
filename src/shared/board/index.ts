// The board's pure rules, shared by the core (which enforces them) and the views (which show them).
export { boardOrder, boardView, type BoardCluster, type BoardView } from './view.ts'
export { filterStickies, textMatcher, type StickyFilter } from './filter.ts'
export { bringInSources, isEarlierPhase, itemsPhaseFor, nearestEarlierPhaseWithItems, orderedPhases, phaseHasItems } from './phases.ts'
export { looksLikeList, splitPastedLines } from './paste.ts'
export { placeAt, type Placement } from './order.ts'
export { suggestGroups, suggestionKey, textSimilarity, type GroupSuggestion, type SimilarityNote } from './similarity.ts'
export { defaultClusterTitle, openingWords, sharedTerms } from './titles.ts'
export { foldText, wordsOf } from './text.ts'
export {
  castProblem,
  clusterLabel,
  isVoteOption,
  PAPER_VOTER,
  rankVotes,
  voteOptions,
  voterUsage,
  type RankedItem,
  type VoteOption,
  type VoterUsage
} from './votes.ts'
