/**
 * The lines written around a form that are no rows of it: the notes under it (注:…, 说明, 备注)
 * and its sign-off (填表人：张三 联系电话：… 填报日期：…), their labels spaced out or not as forms
 * write short labels (说　明, 填 表 人：). Read by the template reader and the seed layouts' readers.
 */
import { compact } from '../tables/cellText';

/** A cell that opens the notes under a table: no indicator row. */
const NOTES = /^(注|说明|备注|填表说明|填报说明)([:：]|$)/u;
/** The form's sign-off written under it: no row of its blocks. */
const SIGN_OFF =
  /^(填表人|填报人|填表日期|填报日期|联系电话|联系人|审核人|复核人|经办人|负责人|单位负责人|财务负责人|项目负责人|分管领导|主要领导)(\(签字\)|（签字）)?[:：]/u;

// (Both read a cell's text without its spaces.)
export const opensNotes = (text: string): boolean => NOTES.test(compact(text));
export const isSignOff = (text: string): boolean => SIGN_OFF.test(compact(text));
