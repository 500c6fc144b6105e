"""Text wrapping and filling (tspy implementation; the chunking follows CPython's word
splitting rules, written as a scanner instead of a regular expression)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_wp(c):      # word or punctuation ending a word before an em-dash
    return _is_word_char(c) or c in '!"\'&.,?'


def _dashes_then_word(text, i):
    """Length of a run of 2+ '-' at i followed by a word character, else 0."""
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word_char(text[j]):
        return j - i
    return 0


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: runs of whitespace, and words (split after hyphens of
        hyphenated words and around em-dashes when break_on_hyphens is true)."""
        chunks = []
        i, n = 0, len(text)
        hyph = self.break_on_hyphens
        while i < n:
            c = text[i]
            if c in _whitespace:
                j = i + 1
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if not hyph:
                j = i + 1
                while j < n and text[j] not in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            # em-dash between words
            if i > 0 and _is_wp(text[i - 1]):
                d = _dashes_then_word(text, i)
                if d:
                    chunks.append(text[i:i + d])
                    i += d
                    continue
            # a word: the shortest run of non-whitespace that ends at a break point
            j = i + 1
            while True:
                if j >= n or text[j] in _whitespace:
                    break                                       # end of word
                if text[j] == '-' and j + 1 < n:
                    # hyphenated word: break after this hyphen?
                    before_ok = ((j - 2 >= 0 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
                                 or (j - 3 >= 0 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                                     and _is_letter(text[j - 1])))
                    if before_ok and _is_letter(text[j + 1]) and (
                            (j + 2 < n and _is_letter(text[j + 2]))
                            or (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3]))):
                        j += 1
                        break
                if _is_wp(text[j - 1]) and _dashes_then_word(text, j):
                    break                                       # em-dash follows
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            ch = chunks[i]
            if chunks[i + 1] == ' ' and _ends_sentence(ch):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        drop = self.drop_whitespace
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if drop and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not chunks or (drop and len(chunks) == 1 and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # out of lines: end with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''           # whitespace-only lines are normalized
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            i = 0
            while i < len(margin) and i < len(ind) and margin[i] == ind[i]:
                i += 1
            margin = margin[:i]
    if margin:
        m = len(margin)
        lines = [line[m:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        return ''.join(prefix + line if line.strip() else line
                       for line in text.splitlines(True))
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
