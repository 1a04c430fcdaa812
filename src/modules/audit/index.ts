export { type AuditEntry, type AuditLog, type AuditTarget, createAuditLog } from './audit.service'
export {
  type CaseTrailService,
  createCaseTrailService,
  TRAIL_PAGE_SIZE,
  type TrailEntry,
  type TrailPage,
} from './case-trail.service'
