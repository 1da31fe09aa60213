package org.prasan.casefile;

import org.prasan.agency.Actor;
import org.prasan.system.Bilingual;

/**
 * The access rules of {@code /api}, each in one sentence; {@link CaseAccess} decides the case
 * rules, {@link #allows(Actor)} the others. A caller refused a case rule who may not even see
 * the case (or the exhibit, or the victim) is answered 404, as if it did not exist.
 */
public enum AccessRule {

  /** Anyone signed in: any officer may post a tip. */
  SIGNED_IN(Scope.NONE, "ทุกคนที่เข้าสู่ระบบ", "anyone signed in"),
  /** The joint task force's coordinators: changing the procedure. */
  COORDINATORS(Scope.NONE, "ผู้ประสานงาน", "coordinators"),
  /** Administrators ({@code camunda-admin}): the vault's keys. */
  ADMINISTRATORS(Scope.NONE, "ผู้ดูแลระบบ", "administrators"),
  /** Coordinators, supervisors of any agency and administrators: every agency's figures. */
  OVERSEERS(Scope.NONE, "ผู้ประสานงาน หัวหน้าหน่วยงาน และผู้ดูแลระบบ",
      "coordinators, supervisors and administrators"),
  /**
   * Officers of the agencies that run mass screenings (registry role {@code SCREENING}: police,
   * Immigration, MSDHS, the MDT) and coordinators; decided on the registry by {@link CaseAccess}.
   */
  SCREENING(Scope.NONE, "เจ้าหน้าที่ตำรวจ ตรวจคนเข้าเมือง พม. ทีมสหวิชาชีพ และผู้ประสานงาน",
      "police, immigration, MSDHS and MDT officers, and coordinators"),
  /** The {@code {agency}}'s officers and supervisors, and coordinators. */
  AGENCY_STAFF(Scope.AGENCY, "เจ้าหน้าที่และหัวหน้าของหน่วยงานนั้น และผู้ประสานงาน",
      "the agency's officers and supervisors, and coordinators"),
  /**
   * Coordinators and the agencies working on the case: its lead, supporting and triage
   * agencies, and every agency with an open task of it.
   */
  CASE_VIEW(Scope.CASE, "ผู้ประสานงานและหน่วยงานที่ทำงานในคดีนี้",
      "coordinators and the agencies working on the case"),
  /** As {@link #CASE_VIEW}, on an open case: adding what an investigation finds. */
  CASE_WORK(Scope.CASE, "ผู้ประสานงานและหน่วยงานที่ทำงานในคดีนี้",
      "coordinators and the agencies working on the case"),
  /** Officers of an agency working on the case (coordinators as such hold no evidence). */
  CASE_AGENCY(Scope.CASE, "เจ้าหน้าที่ของหน่วยงานที่ทำงานในคดีนี้",
      "officers of an agency working on the case"),
  /** Coordinators and the case's lead agency: who did what on the case. */
  CASE_AUDIT(Scope.CASE, "ผู้ประสานงานและหน่วยงานหลักของคดี",
      "coordinators and the case's lead agency"),
  /**
   * The agencies holding victims' identities on every case (registry role
   * {@code VICTIM_IDENTITIES}) and the case's lead agency; never coordinators as such, and
   * never an administrator, whatever groups they join.
   */
  CASE_VICTIMS(Scope.CASE, "หน่วยงานที่ดูแลข้อมูลผู้เสียหายและหน่วยงานหลักของคดี",
      "the agencies that keep victims' identities and the case's lead agency"),
  /**
   * Any agency's officers, on a case that exists: an agency claims the lead of (or DSI asks
   * the Board to take) a case it may not yet work on; the controller checks the agency.
   */
  CASE_CLAIM(Scope.CASE, "เจ้าหน้าที่ของหน่วยงาน", "an agency's officers"),
  /** As {@link #CASE_VIEW}, and the prosecutors and the agency holding the exhibit. */
  CASE_EVIDENCE(Scope.CASE, "หน่วยงานที่ทำงานในคดี พนักงานอัยการ และหน่วยงานที่ถือวัตถุพยาน",
      "the case's agencies, prosecutors and the agency holding the exhibit"),
  /** The agency holding the exhibit, alone: it hands it on. */
  HOLDER(Scope.CASE, "หน่วยงานที่ถือวัตถุพยานอยู่เท่านั้น",
      "only the agency holding the exhibit"),
  /** Coordinators, supervisors of any agency and the {@code statistics} group: the figures. */
  STATISTICS(Scope.NONE, "ผู้ประสานงาน หัวหน้าหน่วยงาน และกลุ่มสถิติ",
      "coordinators, supervisors and the statistics group");

  /** The group of those who compile the reports (issue 21), beside coordinators. */
  public static final String STATISTICS_GROUP = "statistics";

  private final Scope scope;
  private final Bilingual who;

  AccessRule(Scope scope, String whoTh, String whoEn) {
    this.scope = scope;
    this.who = Bilingual.of(whoTh, whoEn);
  }

  public Scope scope() {
    return scope;
  }

  /** Who the rule lets in, in words: the refusal says it. */
  public Bilingual who() {
    return who;
  }

  /** The rules that depend on no case or agency. */
  public boolean allows(Actor actor) {
    return switch (this) {
      case SIGNED_IN -> true;
      case COORDINATORS -> actor.isCoordinator();
      case ADMINISTRATORS -> actor.isAdministrator();
      case OVERSEERS -> actor.isCoordinator() || actor.isSupervisor()
          || actor.isAdministrator();
      case STATISTICS -> actor.isCoordinator() || actor.isSupervisor()
          || actor.groups().contains(STATISTICS_GROUP);
      default -> throw new IllegalStateException(this + " is decided on a case or an agency");
    };
  }

  /** What a rule needs to be decided on. */
  public enum Scope {
    NONE,
    /** {@code {agency}} in the path. */
    AGENCY,
    /** {@code {caseId}} in the path, or a resource of a case ({@link CaseResources}). */
    CASE
  }
}
