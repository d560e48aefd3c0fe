/**
 * Block Kit limits econ-bot designs its messages to (docs.slack.dev, Block Kit reference): Slack
 * rejects a message that breaks any of them, so every builder clamps to these and the tests check.
 */
export const LIMITS = {
  blocksPerMessage: 50,
  /** Home tabs and modals. */
  blocksPerView: 100,
  /** A modal's title, close and submit labels. */
  viewTitle: 24,
  privateMetadata: 3000,
  callbackId: 255,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  /** Text objects in general (context elements, header fallback). */
  textObject: 3000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Slack truncates a message's top-level `text` beyond this. */
  messageText: 40_000,
} as const;
