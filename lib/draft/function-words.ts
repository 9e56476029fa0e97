/** Generic English function words (and reporting verbs): they carry no content of a story. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(('the a an and or but of in on at to for with from by as is are was were be been has have had ' +
  'that this these those it its their his her they he she we you i not no said says say would will could can ' +
  'also than then there which who whom what when where while about after before over into more most such other ' +
  'some any all one two our out up down very just being do does did so if only new ' +
  'against between among during without within under through toward towards across behind beyond inside outside per via amid despite near').split(' '));
