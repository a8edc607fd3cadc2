"""Typical user code written for the official SDK, with only the import changed.

Type checkers must accept this file with zero errors (tests/test_typing.py). Nothing runs at
import: every example is a function taking a client, so checkers see it without a network.
The same file, with ``openai_table`` replaced by ``openai``, is checked against the official
SDK to keep it honest. No ``from __future__ import annotations``: like most user code, the
annotations in signatures are evaluated at import, so ``SyncCursorPage[FileObject]`` must work
at runtime too.
"""

import asyncio
import os
from pathlib import Path
from typing import List, Optional

import httpx
from pydantic import BaseModel

import openai_table
from openai_table import (
    APIConnectionError,
    APIStatusError,
    AsyncAzureOpenAI,
    AsyncOpenAI,
    AsyncStream,
    AzureOpenAI,
    OpenAI,
    RateLimitError,
    Stream,
)
from openai_table.pagination import AsyncCursorPage, SyncCursorPage, SyncPage
from openai_table.types import (
    CreateEmbeddingResponse,
    FileDeleted,
    FileObject,
    ImagesResponse,
    Model,
    ModerationCreateResponse,
)
from openai_table.types.beta.threads import Run
from openai_table.types.chat import (
    ChatCompletion,
    ChatCompletionMessage,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    ChatCompletionToolParam,
)
from openai_table.types.chat.chat_completion import Choice
from openai_table.types.responses import Response, ResponseStreamEvent
from openai_table.types.vector_stores import VectorStoreFile


# ---------------------------------------------------------------------------------------------
# clients


def make_clients() -> None:
    client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
    client = OpenAI(max_retries=0, timeout=20.0)
    client = OpenAI(timeout=httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0))
    client = OpenAI(base_url="http://my.test.server.example.com:8083/v1", organization="org-1")
    client.close()
    with OpenAI() as scoped:
        print(scoped.api_key)


def azure() -> str | None:
    client = AzureOpenAI(
        api_version="2023-07-01-preview",
        azure_endpoint="https://example-endpoint.openai.azure.com",
    )
    completion = client.chat.completions.create(
        model="deployment-name",
        messages=[{"role": "user", "content": "How do I output all files in a directory using Python?"}],
    )
    print(completion.to_json())
    return completion.choices[0].message.content


async def azure_async() -> None:
    client = AsyncAzureOpenAI(
        api_version="2024-02-01",
        azure_endpoint="https://example-endpoint.openai.azure.com",
        azure_ad_token_provider=lambda: "token",
    )
    completion = await client.chat.completions.create(
        model="deployment-name", messages=[{"role": "user", "content": "hi"}]
    )
    print(completion.choices[0].message.content)


# ---------------------------------------------------------------------------------------------
# chat completions


def chat(client: OpenAI) -> Optional[str]:
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "developer", "content": "Talk like a pirate."},
            {
                "role": "user",
                "content": "How do I check if a Python object is an instance of a class?",
            },
        ],
    )
    print(completion.choices[0].message.content)
    print(completion.id, completion.model, completion.created)
    if completion.usage is not None:
        print(completion.usage.prompt_tokens, completion.usage.completion_tokens, completion.usage.total_tokens)
    print(completion.choices[0].finish_reason)
    print(completion.to_dict(), completion.to_json())
    return completion.choices[0].message.content


def chat_typed_messages(client: OpenAI, question: str) -> str:
    messages: List[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": question},
    ]
    completion: ChatCompletion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=messages,
        temperature=0.2,
        max_tokens=200,
        n=1,
        stop=["\n\n"],
        seed=42,
        response_format={"type": "json_object"},
        user="user-1234",
    )
    reply = completion.choices[0].message
    messages.append({"role": "assistant", "content": reply.content or ""})
    return reply.content or ""


def chat_vision(client: OpenAI) -> None:
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is in this image?"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
                ],
            }
        ],
    )
    print(completion.choices[0].message.content)


def chat_tools(client: OpenAI) -> None:
    tools: List[ChatCompletionToolParam] = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the weather for a city",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ]
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        tools=tools,
        tool_choice="auto",
    )
    message = completion.choices[0].message
    for call in message.tool_calls or []:
        if call.type == "function":
            print(call.id, call.function.name, call.function.arguments)


def chat_stream(client: OpenAI) -> str:
    stream = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
    )
    parts: List[str] = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content is not None:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts) + collect_text(client.chat.completions.create(model="gpt-4o", messages=[], stream=True))


def chat_stream_annotated(client: OpenAI) -> None:
    stream: Stream[ChatCompletionChunk] = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    with stream:
        for chunk in stream:
            if chunk.usage is not None:
                print(chunk.usage.total_tokens)
            for choice in chunk.choices:
                print(choice.delta.content or "", end="")
    stream.close()


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: List[str]


def chat_parse(client: OpenAI) -> Optional[CalendarEvent]:
    completion = client.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Extract the event information."},
            {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."},
        ],
        response_format=CalendarEvent,
    )
    message = completion.choices[0].message
    if message.parsed is not None:
        print(message.parsed.name, message.parsed.participants)
    else:
        print(message.refusal)
    return message.parsed


def chat_stream_helper(client: OpenAI) -> None:
    with client.chat.completions.stream(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Say this is a test"}],
    ) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="", flush=True)
            elif event.type == "content.done":
                print(event.content)
    final = stream.get_final_completion()
    print(final.choices[0].message.content)


def fake_completion(text: str) -> ChatCompletion:
    """Users build results by hand in their own tests and mocks."""
    return ChatCompletion(
        id="chatcmpl-1",
        object="chat.completion",
        created=0,
        model="gpt-4o",
        choices=[
            Choice(index=0, finish_reason="stop", message=ChatCompletionMessage(role="assistant", content=text))
        ],
    )


# ---------------------------------------------------------------------------------------------
# responses


def responses(client: OpenAI) -> str:
    response = client.responses.create(
        model="gpt-4o",
        instructions="You are a coding assistant that talks like a pirate.",
        input="How do I check if a Python object is an instance of a class?",
    )
    print(response.output_text)
    print(response.id, response.status)
    return response.output_text


def responses_vision(client: OpenAI) -> Response:
    prompt = "What is in this image?"
    img_url = "https://example.com/raccoon.jpg"
    response: Response = client.responses.create(
        model="gpt-4o-mini",
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": prompt},
                    {"type": "input_image", "image_url": f"{img_url}", "detail": "auto"},
                ],
            }
        ],
    )
    for item in response.output:
        if item.type == "message":
            for content in item.content:
                if content.type == "output_text":
                    print(content.text)
    return response


def responses_stream(client: OpenAI) -> None:
    stream = client.responses.create(
        model="gpt-4o",
        input="Write a one-sentence bedtime story about a unicorn.",
        stream=True,
    )
    for event in stream:
        print(event)
        if event.type == "response.output_text.delta":
            print(event.delta, end="")
        elif event.type == "response.completed":
            print(event.response.output_text)


def responses_stream_annotated(client: OpenAI) -> None:
    stream: Stream[ResponseStreamEvent] = client.responses.create(
        model="gpt-4o", input="Hello", stream=True
    )
    for event in stream:
        print(event.type, event.sequence_number)


def responses_stream_helper(client: OpenAI) -> None:
    with client.responses.stream(model="gpt-4o", input="Say hello") as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="")
        final = stream.get_final_response()
    print(final.output_text)


def responses_parse(client: OpenAI) -> Optional[CalendarEvent]:
    response = client.responses.parse(
        model="gpt-4o-2024-08-06",
        input=[
            {"role": "system", "content": "Extract the event information."},
            {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."},
        ],
        text_format=CalendarEvent,
    )
    event = response.output_parsed
    if event is not None:
        print(event.name)
    return event


def responses_chain(client: OpenAI) -> None:
    first = client.responses.create(model="gpt-4o", input="tell me a joke", store=True)
    second = client.responses.create(
        model="gpt-4o", previous_response_id=first.id, input=[{"role": "user", "content": "explain it"}]
    )
    print(second.output_text)
    again = client.responses.retrieve(first.id)
    print(again.status)
    client.responses.delete(first.id)


# ---------------------------------------------------------------------------------------------
# files and pagination


def files(client: OpenAI, tmp: Path) -> None:
    created = client.files.create(file=Path("input.jsonl"), purpose="fine-tune")
    print(created.id, created.filename, created.bytes, created.purpose)
    with open("data.jsonl", "rb") as fh:
        client.files.create(file=fh, purpose="batch")
    client.files.create(file=("data.jsonl", b"{}\n", "application/jsonl"), purpose="assistants")
    client.files.create(file=b"raw bytes", purpose="user_data")

    fetched: FileObject = client.files.retrieve(created.id)
    print(fetched.status)

    content = client.files.content(created.id)
    data: bytes = content.read()
    print(len(data), content.text[:10], content.content[:10])
    content.write_to_file(tmp / "copy.jsonl")

    deleted: FileDeleted = client.files.delete(created.id)
    assert deleted.deleted


def pagination(client: OpenAI) -> List[FileObject]:
    all_files: List[FileObject] = []
    for file in client.files.list():
        all_files.append(file)
    for job in client.fine_tuning.jobs.list(limit=20):
        print(job.id, job.status)

    first_page = client.files.list(limit=20, order="desc", purpose="assistants")
    print([f.id for f in first_page.data])
    if first_page.has_next_page():
        print(f"next: {first_page.next_page_info()}")
        next_page = first_page.get_next_page()
        print(f"number of items we just fetched: {len(next_page.data)}")
    for page in first_page.iter_pages():
        print(len(page.data))
    page_annotated: SyncCursorPage[FileObject] = client.files.list()
    print_files(page_annotated)
    return all_files


def print_files(page: SyncCursorPage[FileObject]) -> None:
    for file in page.data:
        print(file.id)


def collect_text(stream: Stream[ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


async def collect_text_async(stream: AsyncStream[ChatCompletionChunk]) -> List[str]:
    return [c.choices[0].delta.content or "" async for c in stream if c.choices]


def models(client: OpenAI) -> List[str]:
    page: SyncPage[Model] = client.models.list()
    names = [m.id for m in page]
    model: Model = client.models.retrieve("gpt-4o")
    print(model.owned_by, model.created)
    return names


async def async_pagination(client: AsyncOpenAI) -> None:
    all_files: List[FileObject] = []
    async for file in client.files.list():
        all_files.append(file)
    async for job in client.fine_tuning.jobs.list(limit=20):
        print(job.id)

    first_page = await client.files.list(limit=20)
    print(first_page.data[0].id if first_page.data else None)
    if first_page.has_next_page():
        next_page = await first_page.get_next_page()
        print(len(next_page.data))
    annotated: AsyncCursorPage[FileObject] = await client.files.list()
    print(len(annotated.data))


# ---------------------------------------------------------------------------------------------
# errors


def errors(client: OpenAI) -> None:
    try:
        client.fine_tuning.jobs.create(model="gpt-4o", training_file="file-abc123")
    except openai_table.APIConnectionError as e:
        print("The server could not be reached")
        print(e.__cause__)
    except openai_table.RateLimitError as e:
        print("A 429 status code was received; we should back off a bit.", e.status_code)
    except openai_table.APIStatusError as e:
        print("Another non-200-range status code was received")
        print(e.status_code)
        print(e.response)
        print(e.request_id, e.body, e.message)

    try:
        client.models.retrieve("nope")
    except RateLimitError as e:
        print(e.response.headers.get("retry-after"))
    except openai_table.NotFoundError:
        print("404")
    except APIStatusError as e:
        code: int = e.status_code
        print(code)
    except openai_table.APITimeoutError:
        print("timeout")
    except APIConnectionError as e:
        print(e.request.url)
    except openai_table.APIError as e:
        print(e.message)


# ---------------------------------------------------------------------------------------------
# raw and streaming responses, options


def raw_response(client: OpenAI) -> ChatCompletion:
    response = client.chat.completions.with_raw_response.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o",
    )
    print(response.headers.get("X-My-Header"))
    print(response.http_request.url, response.status_code)
    completion = response.parse()
    print(completion.choices[0].message.content)
    return completion


def streaming_response(client: OpenAI) -> None:
    with client.chat.completions.with_streaming_response.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o",
    ) as response:
        print(response.headers.get("X-My-Header"))
        for line in response.iter_lines():
            print(line)

    with client.files.with_streaming_response.content("file-abc") as response:
        for chunk in response.iter_bytes():
            print(len(chunk))


def options(client: OpenAI) -> None:
    client.with_options(max_retries=5).chat.completions.create(
        messages=[{"role": "user", "content": "How can I get the name of the current day in JavaScript?"}],
        model="gpt-4o",
    )
    client.with_options(timeout=5.0).chat.completions.create(
        messages=[{"role": "user", "content": "How can I list all files in a directory using Python?"}],
        model="gpt-4o",
    )
    completion = client.chat.completions.create(
        messages=[{"role": "user", "content": "hi"}],
        model="gpt-4o",
        extra_headers={"X-Foo": "bar"},
        extra_query={"debug": "1"},
        extra_body={"my_param": True},
        timeout=10,
    )
    print(completion.choices[0].message.content)
    copy = client.copy(max_retries=1)
    print(copy.max_retries)


# ---------------------------------------------------------------------------------------------
# other endpoints


def embeddings(client: OpenAI) -> List[float]:
    result: CreateEmbeddingResponse = client.embeddings.create(
        model="text-embedding-3-small",
        input=["The food was delicious and the waiter...", "second"],
        encoding_format="float",
    )
    print(result.usage.total_tokens, len(result.data))
    return result.data[0].embedding


def images(client: OpenAI) -> Optional[str]:
    result: ImagesResponse = client.images.generate(
        model="dall-e-3", prompt="A cute baby sea otter", size="1024x1024", quality="standard", n=1
    )
    if result.data:
        print(result.data[0].url, result.data[0].b64_json)
        return result.data[0].url
    return None


def audio(client: OpenAI, speech_file: Path) -> str:
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="coral",
        input="Today is a wonderful day to build something people love!",
        instructions="Speak in a cheerful and positive tone.",
    ) as response:
        response.stream_to_file(speech_file)

    speech = client.audio.speech.create(model="tts-1", voice="alloy", input="hello", response_format="mp3")
    speech.write_to_file(speech_file)

    with open(speech_file, "rb") as audio_file:
        transcription = client.audio.transcriptions.create(model="whisper-1", file=audio_file)
    print(transcription.text)
    return transcription.text


def moderations(client: OpenAI) -> bool:
    result: ModerationCreateResponse = client.moderations.create(
        model="omni-moderation-latest", input="I want to kill them."
    )
    first = result.results[0]
    print(first.categories.violence, first.category_scores.violence)
    return first.flagged


def batches(client: OpenAI) -> None:
    batch = client.batches.create(
        input_file_id="file-abc", endpoint="/v1/chat/completions", completion_window="24h"
    )
    print(batch.id, batch.status)
    for b in client.batches.list():
        print(b.id)


# ---------------------------------------------------------------------------------------------
# polling and bulk-upload helpers


def assistants(client: OpenAI) -> None:
    assistant = client.beta.assistants.create(
        name="Math Tutor",
        instructions="You are a personal math tutor.",
        tools=[{"type": "code_interpreter"}],
        model="gpt-4o",
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content="Solve 3x + 11 = 14")
    run: Run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id,
        assistant_id=assistant.id,
    )
    if run.status == "completed":
        messages = client.beta.threads.messages.list(thread_id=thread.id)
        for message in messages:
            print(message.role, message.content)


def vector_stores(client: OpenAI) -> None:
    store = client.vector_stores.create(name="Financial Statements")
    uploaded: VectorStoreFile = client.vector_stores.files.upload_and_poll(
        vector_store_id=store.id, file=Path("sample-paper.pdf")
    )
    print(uploaded.status, uploaded.usage_bytes)
    client.vector_stores.files.create_and_poll(file_id="file-abc", vector_store_id=store.id)


async def vector_stores_async(client: AsyncOpenAI) -> None:
    sample_files = [Path("sample-paper.pdf")]
    store = await client.vector_stores.create(name="papers")
    batch = await client.vector_stores.file_batches.upload_and_poll(store.id, files=sample_files)
    print(batch.file_counts.completed)


def runs_stream(client: OpenAI) -> None:
    with client.beta.threads.runs.stream(
        thread_id="thread_1",
        assistant_id="asst_1",
        instructions="Please address the user as Jane Doe. The user has a premium account.",
    ) as stream:
        for event in stream:
            if event.event == "thread.message.delta" and event.data.delta.content:
                print(event.data.delta.content[0])
        stream.until_done()


# ---------------------------------------------------------------------------------------------
# the seeds' other examples


def client_level_views(client: OpenAI) -> None:
    raw = client.with_raw_response.chat.completions.create(
        messages=[{"role": "user", "content": "hi"}], model="gpt-4o"
    )
    print(raw.headers.get("x-request-id"), raw.parse().choices[0].message.content)
    with client.with_streaming_response.files.content("file-abc") as response:
        print(response.headers.get("content-type"))
        response.stream_to_file("out.jsonl")


def fine_tuning(client: OpenAI) -> None:
    job = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc")
    job = client.fine_tuning.jobs.retrieve(job.id)
    for event in client.fine_tuning.jobs.list_events(fine_tuning_job_id=job.id, limit=10):
        print(event.message, event.level)
    cancelled = client.fine_tuning.jobs.cancel(job.id)
    print(cancelled.status, cancelled.fine_tuned_model)


def uploads_and_containers(client: OpenAI) -> None:
    upload = client.uploads.create(bytes=2_000_000, filename="big.jsonl", mime_type="text/jsonl", purpose="fine-tune")
    part = client.uploads.parts.create(upload_id=upload.id, data=b"...")
    done = client.uploads.complete(upload_id=upload.id, part_ids=[part.id])
    print(done.status, done.file)
    container = client.containers.create(name="sandbox")
    for c in client.containers.list():
        print(c.id, c.name)
    client.containers.delete(container.id)


def vector_store_search(client: OpenAI) -> None:
    for hit in client.vector_stores.search(vector_store_id="vs_1", query="revenue in 2023"):
        print(hit.filename, hit.score)


def webhooks(client: OpenAI, body: str, headers: dict[str, str]) -> None:
    event = client.webhooks.unwrap(body, headers)
    if event.type == "response.completed":
        print("Response completed:", event.data.id)
    else:
        print("Unhandled event type:", event.type)


# ---------------------------------------------------------------------------------------------
# async client


async def async_chat(client: AsyncOpenAI) -> Optional[str]:
    completion = await client.chat.completions.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o",
    )
    annotated: ChatCompletion = await client.chat.completions.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o",
    )
    print(annotated.id)
    return completion.choices[0].message.content


async def async_stream(client: AsyncOpenAI) -> None:
    stream = await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices:
            print(chunk.choices[0].delta.content or "", end="")

    events: AsyncStream[ResponseStreamEvent] = await client.responses.create(
        model="gpt-4o",
        input="Write a one-sentence bedtime story about a unicorn.",
        stream=True,
    )
    async for event in events:
        print(event)


async def async_responses(client: AsyncOpenAI) -> str:
    response = await client.responses.create(
        model="gpt-4o", input="Explain disestablishmentarianism to a smart five year old."
    )
    print(response.output_text)
    async with client.responses.stream(model="gpt-4o", input="hi") as stream:
        async for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta)
    return response.output_text


async def async_misc(client: AsyncOpenAI) -> None:
    file = await client.files.create(file=Path("input.jsonl"), purpose="fine-tune")
    content = await client.files.content(file.id)
    print(content.content)
    await client.files.delete(file.id)

    raw = await client.chat.completions.with_raw_response.create(
        messages=[{"role": "user", "content": "hi"}], model="gpt-4o"
    )
    print(raw.headers.get("x-request-id"))
    completion = raw.parse()
    print(completion.choices[0].message.content)

    async with client.chat.completions.with_streaming_response.create(
        messages=[{"role": "user", "content": "hi"}], model="gpt-4o"
    ) as response:
        async for line in response.iter_lines():
            print(line)

    parsed = await client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}], response_format=CalendarEvent
    )
    print(parsed.choices[0].message.parsed)

    run = await client.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1")
    print(run.status)

    emb = await client.embeddings.create(model="text-embedding-3-small", input="hi")
    print(emb.data[0].embedding[:3])


async def async_main() -> None:
    async with AsyncOpenAI(api_key="My API Key") as client:
        results = await asyncio.gather(async_chat(client), async_responses(client))
        print(results)


def run_async() -> None:
    asyncio.run(async_main())
