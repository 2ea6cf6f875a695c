export declare const ROOT: string;
/** Whether build/ holds the current sources (its stamp is newer than every file under src/). */
export declare function buildIsFresh(root?: string): boolean;
