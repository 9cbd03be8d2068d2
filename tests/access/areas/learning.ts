// E-learning (issue #5): the public catalogue and community, learners' lessons (404 for an
// unknown course or lesson, for everyone), the editorial pages (portal admins and authors), and
// the managers' pages of the active organisation (never another organisation's learners).
import type { AccessTable } from "../access.ts";

export const learningAccess: AccessTable = {
  "routes/learning-catalogue.tsx": "public",
  "routes/learning-course.tsx": "missing-item",
  "routes/learning-lesson.tsx": "missing-item",
  "routes/learning-file.tsx": "missing-item",
  "routes/learning-community.tsx": "public",
  "routes/learning-circle.tsx": "missing-item",
  "routes/learning-proposal.tsx": "missing-item",
  "routes/learning-authoring.tsx": "admin",
  "routes/learning-authoring-course.tsx": "admin-item",
  "routes/learning-authoring-lesson.tsx": "admin-item",
  "routes/learning-dashboard.tsx": { permission: "learning.view_progress" },
  "routes/learning-dashboard-xlsx.tsx": { permission: "learning.view_progress" },
  "routes/learning-assign.tsx": { permission: "learning.assign_courses" },
  "routes/api-courses.tsx": "public",
};
