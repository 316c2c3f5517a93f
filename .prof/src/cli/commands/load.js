// Loads a plan for any command: a notice is parsed, a model JSON file is
// checked against the schema. Errors name the file and become exit code 2.
import { InputError } from '../../parse/decode.js';
import { readInput, UsageError } from '../io.js';
import { readNotice } from '../../parse/parse-notice.js';
export async function loadPlan(path, format = 'auto', limits) {
    const bytes = await readInput(path, limits?.maxBytes);
    const shown = path === '-' ? '<stdin>' : path;
    try {
        if (/\.json$/i.test(path))
            return await readModel(bytes, shown);
        return await readNotice(bytes, { path: shown, format, ...(limits && { limits }) });
    }
    catch (error) {
        if (error instanceof InputError)
            throw new UsageError(`cannot read '${shown}': ${error.message}`);
        throw error;
    }
}
// zod is loaded only here: parsing a notice does not need it.
async function readModel(bytes, path) {
    const { checkModel } = await import('../../model/schema.js');
    let json;
    try {
        json = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (error) {
        throw new UsageError(`cannot read '${path}': not valid JSON (${error.message})`);
    }
    const { doc, problems } = checkModel(json);
    if (!doc)
        throw new UsageError(`'${path}' is not a plan model: ${problems[0]}`);
    return doc;
}
