// The projector's read model: what the room's screen may show, and the presenter's controls.
export * from './schema.ts'
export { canSpotlight, projectorView, spotlightTargets, stepSpotlight, type ProjectorData, type ProjectorExtras } from './model.ts'
export { piiChecker, WITHHELD_NOTE, WITHHELD_TEXT } from './guard.ts'
