"""Typical mistakes, one per line, each marked with a trailing "E:" comment giving the reason.

Each checker must report an error on every marked line and on no other line
(tests/test_typing.py). Nothing runs at import. The same file, with ``openai_table`` replaced
by ``openai``, is checked against the official SDK: a mistake its types don't catch has no
place here.
"""

from pathlib import Path

import openai_table
from openai_table import AsyncOpenAI, OpenAI
from openai_table.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam


def sync_mistakes(client: OpenAI) -> None:
    msgs: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]
    client.chat.completions.create(model="gpt-4o", messages=msgs, max_token=100)  # E: misspelt param
    client.chat.completions.create(messages=msgs)  # E: missing required model
    client.chat.completions.create(model="gpt-4o", messages=msgs, temperature="hot")  # E: wrong param type
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "usr", "content": "hi"}])  # E: role literal
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": 42}])  # E: content type
    client.chat.completion.create(model="gpt-4o", messages=msgs)  # E: no such resource

    completion = client.chat.completions.create(model="gpt-4o", messages=msgs)
    print(completion.choises)  # E: misspelt result attribute
    print(completion.choices[0].message.text)  # E: wrong nested attribute
    print(completion.choices[0].message.parsed)  # E: parsed only on parse()
    chunk: ChatCompletionChunk = client.chat.completions.create(model="gpt-4o", messages=msgs)  # E: wrong annotation

    stream = client.chat.completions.create(model="gpt-4o", messages=msgs, stream=True)
    print(stream.choices)  # E: a Stream has no choices
    for event in stream:
        print(event.choices[0].delta.text)  # E: delta has content, not text

    client.files.list(order="up")  # E: order literal
    client.files.create(file=Path("data.jsonl"), purpose="training")  # E: purpose literal
    client.files.retrieve(123)  # E: path param is a str
    client.files.retrieve()  # E: missing path param
    client.embeddings.create(input="hello")  # E: missing model
    client.images.generate(prompt="otter", size="100x100")  # E: size literal

    response = client.responses.create(model="gpt-4o", input="hi")
    print(response.output_txt)  # E: misspelt output_text

    try:
        client.models.list()
    except openai_table.APIStatusError as e:
        print(e.status)  # E: it is status_code

    client.with_options(max_retry=3)  # E: misspelt option
    OpenAI(api_key=123)  # E: api_key is a str


async def async_mistakes(client: AsyncOpenAI, sync_client: OpenAI) -> None:
    msgs: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]
    print(AsyncOpenAI().chat.completions.create(model="gpt-4o", messages=msgs).choices)  # E: not awaited
    result: ChatCompletion = client.chat.completions.create(model="gpt-4o", messages=msgs)  # E: coroutine, not result
    await sync_client.chat.completions.create(model="gpt-4o", messages=msgs)  # E: awaiting a sync call
    for f in client.files.list():  # E: async page needs async for
        print(f)
    async for g in sync_client.files.list():  # E: sync page needs plain for
        print(g)
    print(result)
