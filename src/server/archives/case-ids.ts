/**
 * The volume id of a closed legal-aid case (rule 九(四), one volume a case).
 *
 * @example caseVolumeId('la_0123456789abcdef01234567') // 'vol:legalAid:la_0123456789abcdef01234567'
 */
export const caseVolumeId = (applicationId: string) => `vol:legalAid:${applicationId}`;

/** The subject of a case volume's one item: the application. @example caseSubject('la_1') // 'legalAid:la_1' */
export const caseSubject = (applicationId: string) => `legalAid:${applicationId}`;
