/**
 * The sector's settings, `HUB_EDUCATION_<NAME>` (kit reader; listed in the README). Where a
 * regulation sets a target it is the default and cited; otherwise the default is configuration.
 */
import { sectorSettings, setting } from '@ioc/kit';

export const settings = sectorSettings('education', {
  /** No national target covers every level: configuration default. */
  targetStandardSchoolShare: setting.percent(70),
  /**
   * Every teacher must hold the training level the law sets (Luật Giáo dục 2019, Điều 72), on the
   * roadmap of Nghị định 71/2020/NĐ-CP.
   */
  targetQualifiedTeacherShare: setting.percent(100),
  /** No regulation sets pupils per teacher directly: configuration default. */
  targetStudentsPerTeacher: setting.number(20, 1, 100),
  /** Share of classes in over-size grades: none should be. */
  targetOversizedClassShare: setting.percent(0),
  /**
   * Points between GOOD and ALERT for a share (half of it for the over-size share, where every
   * point is a class over the charter), percent of the target for pupils per teacher.
   */
  watchBand: setting.percent(10),
});
