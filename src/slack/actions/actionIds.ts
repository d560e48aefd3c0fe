/** action_id of every button econ-bot puts in messages; the listeners match on these. */
export const ACTION_IDS = {
  share: 'econ_share',
  voteUp: 'econ_vote_up',
  voteDown: 'econ_vote_down',
  /** Under answers in DMs and threads: forget the conversation's subject. */
  startOver: 'econ_start_over',
  /** In the shortcut's modal: post the answer into the message's thread. */
  postToThread: 'econ_post_to_thread',
} as const;

/** Candidate buttons are numbered (`econ_candidate_0`, …) because action_ids must be unique in a message. */
export const CANDIDATE_ACTION_PREFIX = 'econ_candidate_';

/** Matches every candidate button's action_id. */
export const CANDIDATE_ACTION_PATTERN = /^econ_candidate_\d+$/;
