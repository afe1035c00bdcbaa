/** Builds elements from tag, attributes and children: text goes in as text, never as HTML. */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name === 'hidden') {
            element.hidden = true;
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            append(element, child);
        } else {
            element.append(child instanceof Node ? child : String(child));
        }
    }
}

let counter = 0;

/** A fresh id for aria references. */
export function uid(prefix) {
    counter += 1;
    return `${prefix}-${counter}`;
}
